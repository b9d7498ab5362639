namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// One way of writing a dynamic block's code lengths (RFC 1951, 3.2.7): run-length coded with
/// the repeat symbols chosen (16 repeats the last length, 17 and 18 repeat zero), under a
/// code-length code of 7 bits at most; and its size in bits.
/// </summary>
internal sealed record CodeLengthHeader(
    int LiteralLengthCount,
    int DistanceCount,
    List<(int Symbol, int Extra)> Runs,
    byte[] CodeLengthLengths,
    int CodeLengthCount,
    long Bits
)
{
    private const int MaxBits = 7;

    /// <summary>The order code-length code lengths are sent in.</summary>
    public static readonly int[] Order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    public static int ExtraBits(int symbol) =>
        symbol switch
        {
            16 => 2,
            17 => 3,
            18 => 7,
            _ => 0,
        };

    public static CodeLengthHeader Of(byte[] literalLength, byte[] distance, bool use16, bool use17, bool use18)
    {
        var literalCount = 286;
        while (literalCount > 257 && literalLength[literalCount - 1] == 0)
            literalCount--;
        var distanceCount = 30;
        while (distanceCount > 1 && distance[distanceCount - 1] == 0)
            distanceCount--;
        var all = new byte[literalCount + distanceCount];
        literalLength.AsSpan(0, literalCount).CopyTo(all);
        distance.AsSpan(0, distanceCount).CopyTo(all.AsSpan(literalCount));
        var runs = RunLength(all, use16, use17, use18);
        var counts = new int[19];
        foreach (var (symbol, _) in runs)
            counts[symbol]++;
        var lengths = new byte[19];
        HuffmanCode.Lengths(counts, MaxBits, lengths);
        var codeLengthCount = 19;
        while (codeLengthCount > 4 && lengths[Order[codeLengthCount - 1]] == 0)
            codeLengthCount--;
        var bits = 5 + 5 + 4 + 3L * codeLengthCount;
        foreach (var (symbol, _) in runs)
            bits += lengths[symbol] + ExtraBits(symbol);
        return new CodeLengthHeader(literalCount, distanceCount, runs, lengths, codeLengthCount, bits);
    }

    private static List<(int Symbol, int Extra)> RunLength(byte[] all, bool use16, bool use17, bool use18)
    {
        var runs = new List<(int Symbol, int Extra)>();
        for (var i = 0; i < all.Length; )
        {
            var value = all[i];
            var count = 1;
            while (i + count < all.Length && all[i + count] == value)
                count++;
            i += count;
            if (value == 0 && (use17 || use18))
            {
                while (use18 && count >= 11)
                {
                    var take = Math.Min(count, 138);
                    runs.Add((18, take - 11));
                    count -= take;
                }
                while (use17 && count >= 3)
                {
                    var take = Math.Min(count, 10);
                    runs.Add((17, take - 3));
                    count -= take;
                }
            }
            else if (use16 && count >= 4)
            {
                // The value once, then repeats of it, three to six at a time.
                runs.Add((value, 0));
                count--;
                while (count >= 3)
                {
                    var take = Math.Min(count, 6);
                    runs.Add((16, take - 3));
                    count -= take;
                }
            }
            for (; count > 0; count--)
                runs.Add((value, 0));
        }
        return runs;
    }
}
