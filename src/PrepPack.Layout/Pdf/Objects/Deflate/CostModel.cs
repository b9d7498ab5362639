namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// What each literal, length and distance is expected to cost in bits, extra bits included,
/// from how often its symbol occurred in an earlier parse: -log2 of its share.
/// </summary>
internal sealed class CostModel
{
    private readonly float[] _literal = new float[256];
    private readonly float[] _length = new float[DeflateTables.MaxMatch + 1];
    private readonly float[] _distanceSymbol = new float[DeflateTables.DistanceSymbols];

    public CostModel(SymbolCounts counts)
    {
        var literalLength = Bits(counts.LiteralLength);
        var distance = Bits(counts.Distance);
        for (var b = 0; b < 256; b++)
            _literal[b] = literalLength[b];
        for (var length = DeflateTables.MinMatch; length <= DeflateTables.MaxMatch; length++)
        {
            var symbol = DeflateTables.LengthSymbol(length);
            _length[length] = literalLength[symbol] + DeflateTables.LengthSymbolExtraBits(symbol);
        }
        for (var symbol = 0; symbol < DeflateTables.DistanceSymbols; symbol++)
            _distanceSymbol[symbol] = distance[symbol] + DeflateTables.DistanceSymbolExtraBits(symbol);
    }

    public float Literal(byte value) => _literal[value];

    public float Length(int length) => _length[length];

    public float Distance(int distance) => _distanceSymbol[DeflateTables.DistanceSymbol(distance)];

    // A symbol not seen yet is priced as if seen once, so the parse may still choose it.
    private static float[] Bits(int[] counts)
    {
        var total = 0L;
        foreach (var count in counts)
            total += count;
        var bits = new float[counts.Length];
        var all = Math.Log2(Math.Max(total, 1));
        for (var s = 0; s < counts.Length; s++)
            bits[s] = (float)(counts[s] > 0 ? all - Math.Log2(counts[s]) : all);
        return bits;
    }
}
