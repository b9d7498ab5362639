namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// How often each literal/length and distance symbol occurs in a run of parse items, end of block included.
/// </summary>
internal sealed class SymbolCounts
{
    public int[] LiteralLength { get; } = new int[DeflateTables.LiteralLengthSymbols];

    public int[] Distance { get; } = new int[DeflateTables.DistanceSymbols];

    public static SymbolCounts Of(ReadOnlySpan<byte> data, IReadOnlyList<Lz77Item> items, int from, int to)
    {
        var counts = new SymbolCounts();
        counts.Add(data, items, from, to, 1);
        counts.LiteralLength[DeflateTables.EndOfBlock]++;
        return counts;
    }

    /// <summary>
    /// Counts the items from <paramref name="from"/> to <paramref name="to"/> once more (or once less, by -1).
    /// </summary>
    public void Add(ReadOnlySpan<byte> data, IReadOnlyList<Lz77Item> items, int from, int to, int times)
    {
        for (var i = from; i < to; i++)
        {
            var item = items[i];
            if (item.IsLiteral)
                LiteralLength[data[item.Position]] += times;
            else
            {
                LiteralLength[DeflateTables.LengthSymbol(item.Length)] += times;
                Distance[DeflateTables.DistanceSymbol(item.Distance)] += times;
            }
        }
    }

    /// <summary>
    /// The counts of the items in this run and not in <paramref name="part"/>, one end of block kept.
    /// </summary>
    public SymbolCounts Less(SymbolCounts part)
    {
        var rest = new SymbolCounts();
        for (var s = 0; s < LiteralLength.Length; s++)
            rest.LiteralLength[s] = LiteralLength[s] - part.LiteralLength[s];
        for (var s = 0; s < Distance.Length; s++)
            rest.Distance[s] = Distance[s] - part.Distance[s];
        rest.LiteralLength[DeflateTables.EndOfBlock] = 1;
        return rest;
    }
}
