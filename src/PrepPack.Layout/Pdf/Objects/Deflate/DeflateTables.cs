namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// The fixed tables of Deflate (RFC 1951, 3.2.5): which symbol codes a match length or a
/// distance, and how many extra bits follow it.
/// </summary>
internal static class DeflateTables
{
    public const int LiteralLengthSymbols = 286;
    public const int DistanceSymbols = 30;
    public const int EndOfBlock = 256;
    public const int MinMatch = 3;
    public const int MaxMatch = 258;
    public const int Window = 32768;

    private static readonly int[] LengthBase =
    [
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        13,
        15,
        17,
        19,
        23,
        27,
        31,
        35,
        43,
        51,
        59,
        67,
        83,
        99,
        115,
        131,
        163,
        195,
        227,
        258,
    ];

    private static readonly int[] LengthExtra =
    [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        1,
        1,
        1,
        1,
        2,
        2,
        2,
        2,
        3,
        3,
        3,
        3,
        4,
        4,
        4,
        4,
        5,
        5,
        5,
        5,
        0,
    ];

    private static readonly int[] DistanceBase =
    [
        1,
        2,
        3,
        4,
        5,
        7,
        9,
        13,
        17,
        25,
        33,
        49,
        65,
        97,
        129,
        193,
        257,
        385,
        513,
        769,
        1025,
        1537,
        2049,
        3073,
        4097,
        6145,
        8193,
        12289,
        16385,
        24577,
    ];

    // Which length symbol (less 257) each match length 0..258 takes.
    private static readonly byte[] LengthCode = BuildLengthCodes();

    private static byte[] BuildLengthCodes()
    {
        var codes = new byte[MaxMatch + 1];
        for (var code = 0; code < LengthBase.Length; code++)
        {
            // 258 has a symbol of its own (285), though 284 with all extra bits set would reach it too.
            var end = code + 1 < LengthBase.Length ? LengthBase[code + 1] : MaxMatch + 1;
            for (var length = LengthBase[code]; length < end; length++)
                codes[length] = (byte)code;
        }
        return codes;
    }

    /// <summary>The literal/length symbol (257-285) of a match length.</summary>
    public static int LengthSymbol(int length) => 257 + LengthCode[length];

    /// <summary>How many extra bits follow literal/length symbol <paramref name="symbol"/>.</summary>
    public static int LengthSymbolExtraBits(int symbol) => symbol < 257 ? 0 : LengthExtra[symbol - 257];

    public static int LengthExtraValue(int length) => length - LengthBase[LengthCode[length]];

    /// <summary>The distance symbol (0-29) of a distance 1-32768.</summary>
    public static int DistanceSymbol(int distance)
    {
        if (distance <= 4)
            return distance - 1;
        var d = distance - 1;
        var log = 31 - int.LeadingZeroCount(d);
        return 2 * log + ((d >> (log - 1)) & 1);
    }

    public static int DistanceSymbolExtraBits(int symbol) => symbol < 4 ? 0 : symbol / 2 - 1;

    public static int DistanceExtraValue(int distance) => distance - DistanceBase[DistanceSymbol(distance)];
}
