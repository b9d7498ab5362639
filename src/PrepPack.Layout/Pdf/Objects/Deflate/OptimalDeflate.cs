namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// A zlib stream (RFC 1950) of Deflate data made by optimal parsing: matches found for every
/// length at every position, the cheapest path through them under a cost model refined over
/// a few passes, codes fitted to each block, blocks cut where new codes pay. It runs at about
/// 1 MB/s, a twentieth of zlib's speed, and writes streams 3-30% smaller; the same bytes
/// always give the same output.
/// </summary>
internal static class OptimalDeflate
{
    /// <summary>How many earlier positions with the same three-byte hash are compared at most.</summary>
    public const int ChainLimit = 64;

    /// <summary>How many times the whole input is parsed, each pass under the costs of the one before.</summary>
    public const int Passes = 2;

    /// <summary>
    /// How many times each block is parsed again with its own costs, once the input is cut into blocks.
    /// </summary>
    public const int BlockPasses = 1;

    public static byte[] Compress(
        ReadOnlySpan<byte> data,
        int passes = Passes,
        int chainLimit = ChainLimit,
        int blockPasses = BlockPasses
    )
    {
        var output = new BitWriter(data.Length / 3 + 64);
        // CMF: Deflate with a 32 KB window; FLG: "maximum compression", no dictionary, check bits.
        output.Write(0x78, 8);
        output.Write(0xDA, 8);
        var matches = MatchTable.Find(data, chainLimit);
        var whole = Parse(data, matches, passes, OptimalParser.Greedy(matches, 0, data.Length));
        var cuts = BlockSplitter.Cuts(data, whole);
        cuts.Add(whole.Count);
        // Each block is parsed again under its own costs: what is cheap in one block may not be in another.
        var items = new List<Lz77Item>(whole.Count);
        var bounds = new List<int> { 0 };
        var start = 0;
        foreach (var cut in cuts)
        {
            items.AddRange(Parse(data, matches, blockPasses, whole.GetRange(start, cut - start)));
            bounds.Add(items.Count);
            start = cut;
        }
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
    /// The cheapest parse of the bytes <paramref name="start"/> covers: its symbols price the
    /// first pass, each pass's symbols price the next, and the parse whose block would be
    /// smallest is kept.
    /// </summary>
    private static List<Lz77Item> Parse(ReadOnlySpan<byte> data, MatchTable matches, int passes, List<Lz77Item> start)
    {
        if (start.Count == 0)
            return start;
        var from = start[0].Position;
        var to = from + BlockEncoder.ByteLength(start, 0, start.Count);
        var best = start;
        var bestBits = BlockEncoder.Bits(data, best, 0, best.Count);
        var counts = SymbolCounts.Of(data, best, 0, best.Count);
        for (var pass = 0; pass < passes; pass++)
        {
            var items = OptimalParser.Cheapest(data, matches, new CostModel(counts), from, to);
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
