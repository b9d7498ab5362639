namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// A zlib stream (RFC 1950) of Deflate data made by optimal parsing: matches found for every
/// length at every position, the cheapest path through them under a cost model refined over
/// a few passes, codes fitted to each block, blocks cut where new codes pay. It takes much
/// longer than zlib and writes streams some percent smaller; the same bytes always give the
/// same output.
/// </summary>
internal static class OptimalDeflate
{
    /// <summary>How many earlier positions with the same three-byte hash are compared at most.</summary>
    public const int ChainLimit = 1024;

    /// <summary>How many times a block is parsed with the costs of its previous parse.</summary>
    public const int Passes = 5;

    public static byte[] Compress(ReadOnlySpan<byte> data, int passes = Passes, int chainLimit = ChainLimit)
    {
        var output = new BitWriter(data.Length / 3 + 64);
        // CMF: Deflate with a 32 KB window; FLG: "maximum compression", no dictionary, check bits.
        output.Write(0x78, 8);
        output.Write(0xDA, 8);
        var matches = MatchTable.Find(data, chainLimit);
        var items = Parse(data, matches, passes);
        var cuts = BlockSplitter.Cuts(data, items);
        var bounds = new List<int> { 0 };
        bounds.AddRange(cuts);
        bounds.Add(items.Count);
        for (var b = 0; b + 1 < bounds.Count; b++)
            BlockEncoder.Write(output, data, items, bounds[b], bounds[b + 1], last: b + 2 == bounds.Count);
        output.AlignToByte();
        var adler = Adler32(data);
        output.Write(adler >> 24, 8);
        output.Write((adler >> 16) & 0xFF, 8);
        output.Write((adler >> 8) & 0xFF, 8);
        output.Write(adler & 0xFF, 8);
        return output.ToArray();
    }

    /// <summary>
    /// The whole input's cheapest parse: the greedy parse prices the first pass, each pass's
    /// symbols price the next, and the parse whose block would be smallest is kept.
    /// </summary>
    private static List<Lz77Item> Parse(ReadOnlySpan<byte> data, MatchTable matches, int passes)
    {
        var best = OptimalParser.Greedy(matches, 0, data.Length);
        var bestBits = BlockEncoder.Bits(data, best, 0, best.Count);
        var counts = SymbolCounts.Of(data, best, 0, best.Count);
        for (var pass = 0; pass < passes; pass++)
        {
            var items = OptimalParser.Cheapest(data, matches, new CostModel(counts), 0, data.Length);
            var bits = BlockEncoder.Bits(data, items, 0, items.Count);
            if (bits < bestBits)
            {
                best = items;
                bestBits = bits;
            }
            counts = SymbolCounts.Of(data, items, 0, items.Count);
        }
        return best;
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1,
            b = 0;
        while (data.Length > 0)
        {
            // 5552 bytes is the most that can be summed before the 32-bit sums could overflow.
            var chunk = data[..Math.Min(data.Length, 5552)];
            foreach (var value in chunk)
            {
                a += value;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[chunk.Length..];
        }
        return b << 16 | a;
    }
}
