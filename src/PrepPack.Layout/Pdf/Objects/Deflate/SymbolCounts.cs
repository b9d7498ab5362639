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
        for (var i = from; i < to; i++)
        {
            var item = items[i];
            if (item.IsLiteral)
                counts.LiteralLength[data[item.Position]]++;
            else
            {
                counts.LiteralLength[DeflateTables.LengthSymbol(item.Length)]++;
                counts.Distance[DeflateTables.DistanceSymbol(item.Distance)]++;
            }
        }
        counts.LiteralLength[DeflateTables.EndOfBlock]++;
        return counts;
    }
}
