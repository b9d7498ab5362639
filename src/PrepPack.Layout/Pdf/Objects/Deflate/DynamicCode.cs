namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// A dynamic-code block's two codes, fitted to its symbol counts (15 bits at most), and its
/// header written in whichever of the eight choices of repeat symbols is shortest.
/// </summary>
internal sealed class DynamicCode
{
    private const int MaxBits = 15;

    private readonly int _literalLengthCount;
    private readonly int _distanceCount;
    private readonly List<(int Symbol, int Extra)> _runs;
    private readonly byte[] _codeLengthLengths;
    private readonly int _codeLengthCount;

    private DynamicCode(byte[] literalLength, byte[] distance, CodeLengthHeader header)
    {
        LiteralLength = literalLength;
        Distance = distance;
        _literalLengthCount = header.LiteralLengthCount;
        _distanceCount = header.DistanceCount;
        _runs = header.Runs;
        _codeLengthLengths = header.CodeLengthLengths;
        _codeLengthCount = header.CodeLengthCount;
        Bits = header.Bits;
    }

    public byte[] LiteralLength { get; }

    public byte[] Distance { get; }

    /// <summary>The whole block's bits: the three-bit block header, this header, the data.</summary>
    public long Bits { get; private set; }

    /// <summary>
    /// The codes for <paramref name="counts"/>; <paramref name="everyHeader"/> false tries only the
    /// header with all repeat symbols, usually the shortest, for estimates made many times.
    /// </summary>
    public static DynamicCode For(SymbolCounts counts, bool everyHeader = true)
    {
        var code = For(counts, counts, everyHeader);
        if (!everyHeader)
            return code;
        // Counts evened out into runs cost a little in the data and may save more in the header.
        var even = new SymbolCounts();
        counts.LiteralLength.CopyTo(even.LiteralLength, 0);
        counts.Distance.CopyTo(even.Distance, 0);
        RunFriendlyCounts.Even(even.LiteralLength);
        RunFriendlyCounts.Even(even.Distance);
        var evened = For(even, counts, everyHeader);
        return evened.Bits < code.Bits ? evened : code;
    }

    /// <summary>
    /// Codes fitted to <paramref name="fitted"/>, sized for the symbols of <paramref name="counts"/>.
    /// </summary>
    private static DynamicCode For(SymbolCounts fitted, SymbolCounts counts, bool everyHeader)
    {
        var literalLength = new byte[DeflateTables.LiteralLengthSymbols];
        HuffmanCode.Lengths(fitted.LiteralLength, MaxBits, literalLength);
        // Some decoders reject a code of one symbol: give a lone symbol a partner.
        EnsureTwo(literalLength);
        var distance = new byte[DeflateTables.DistanceSymbols];
        HuffmanCode.Lengths(fitted.Distance, MaxBits, distance);
        EnsureTwo(distance);
        CodeLengthHeader? best = null;
        for (var choice = everyHeader ? 0 : 7; choice < 8; choice++)
        {
            var header = CodeLengthHeader.Of(
                literalLength,
                distance,
                (choice & 1) != 0,
                (choice & 2) != 0,
                (choice & 4) != 0
            );
            if (best is null || header.Bits < best.Bits)
                best = header;
        }
        var code = new DynamicCode(literalLength, distance, best!);
        code.Bits += 3 + BlockEncoder.DataBits(counts, literalLength, distance);
        return code;
    }

    public void WriteHeader(BitWriter output)
    {
        output.Write((uint)(_literalLengthCount - 257), 5);
        output.Write((uint)(_distanceCount - 1), 5);
        output.Write((uint)(_codeLengthCount - 4), 4);
        for (var i = 0; i < _codeLengthCount; i++)
            output.Write(_codeLengthLengths[CodeLengthHeader.Order[i]], 3);
        var codes = HuffmanCode.ReversedCodes(_codeLengthLengths);
        foreach (var (symbol, extra) in _runs)
        {
            output.Write(codes[symbol], _codeLengthLengths[symbol]);
            if (symbol >= 16)
                output.Write((uint)extra, CodeLengthHeader.ExtraBits(symbol));
        }
    }

    private static void EnsureTwo(byte[] lengths)
    {
        var used = 0;
        foreach (var length in lengths)
            if (length > 0)
                used++;
        if (used >= 2)
            return;
        for (var s = 0; s < lengths.Length && used < 2; s++)
            if (lengths[s] == 0)
            {
                lengths[s] = 1;
                used++;
            }
        if (used == 2)
            for (var s = 0; s < lengths.Length; s++)
                if (lengths[s] > 0)
                    lengths[s] = 1;
    }

    private static int ExtraBits(int symbol) =>
        symbol switch
        {
            16 => 2,
            17 => 3,
            18 => 7,
            _ => 0,
        };
}
