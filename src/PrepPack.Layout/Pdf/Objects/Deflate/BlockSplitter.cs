namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// Where a parse is best cut into blocks, each with codes of its own: text, numbers and binary
/// tables in one stream want different codes. A range is cut at the point that makes its two
/// halves smallest, found by narrowing a sampled search, and each half again while a cut saves bits.
/// </summary>
internal static class BlockSplitter
{
    private const int Samples = 6;
    private const int MostBlocks = 64;
    private const int FewestItems = 250;

    // A cut is placed to within this many items: nearer saves a byte or two for many more trials.
    private const int MostSlack = 32;

    /// <summary>The item indices where new blocks start, rising.</summary>
    public static List<int> Cuts(ReadOnlySpan<byte> data, IReadOnlyList<Lz77Item> items)
    {
        var cuts = new List<int>();
        var ranges = new List<(int From, int To, long Bits)> { (0, items.Count, Bits(data, items, 0, items.Count)) };
        var tried = new HashSet<int>();
        while (cuts.Count + 1 < MostBlocks)
        {
            // The largest range not yet tried.
            var pick = -1;
            for (var r = 0; r < ranges.Count; r++)
                if (
                    !tried.Contains(ranges[r].From)
                    && (pick < 0 || ranges[r].To - ranges[r].From > ranges[pick].To - ranges[pick].From)
                )
                    pick = r;
            if (pick < 0)
                break;
            var (from, to, bits) = ranges[pick];
            tried.Add(from);
            if (to - from < 2 * FewestItems)
                continue;
            var (cut, left, right) = BestCut(data, items, from, to);
            if (left + right >= bits)
                continue;
            ranges[pick] = (from, cut, left);
            ranges.Insert(pick + 1, (cut, to, right));
            tried.Remove(from);
            cuts.Add(cut);
        }
        cuts.Sort();
        return cuts;
    }

    private static (int Cut, long Left, long Right) BestCut(
        ReadOnlySpan<byte> data,
        IReadOnlyList<Lz77Item> items,
        int from,
        int to
    )
    {
        var whole = SymbolCounts.Of(data, items, from, to);
        var bytes = BlockEncoder.ByteLength(items, from, to);
        var low = from + FewestItems;
        var high = to - FewestItems;
        var best = (Cut: low, Left: long.MaxValue / 4, Right: long.MaxValue / 4);
        while (high > low)
        {
            var step = Math.Max(1, (high - low) / Samples);
            var bestHere = -1;
            // The left part's counts grow from cut to cut; the right part's are the whole less them.
            var left = SymbolCounts.Of(data, items, from, low);
            var counted = low;
            for (var cut = low; cut <= high; cut += step)
            {
                left.Add(data, items, counted, cut, 1);
                counted = cut;
                var leftBytes = BlockEncoder.ByteLength(items, from, cut);
                var leftBits = BlockEncoder.Bits(left, leftBytes, everyHeader: false);
                var rightBits = BlockEncoder.Bits(whole.Less(left), bytes - leftBytes, everyHeader: false);
                if (leftBits + rightBits < best.Left + best.Right)
                {
                    best = (cut, leftBits, rightBits);
                    bestHere = cut;
                }
            }
            if (step <= MostSlack || bestHere < 0)
                break;
            low = Math.Max(from + FewestItems, best.Cut - step);
            high = Math.Min(to - FewestItems, best.Cut + step);
        }
        return best;
    }

    private static long Bits(ReadOnlySpan<byte> data, IReadOnlyList<Lz77Item> items, int from, int to) =>
        BlockEncoder.Bits(SymbolCounts.Of(data, items, from, to), BlockEncoder.ByteLength(items, from, to), false);
}
