namespace PrepPack.Layout.Pdf.Objects.Deflate;

/// <summary>
/// Writes a run of parse items as one Deflate block, whichever of stored, fixed-code and
/// dynamic-code is smallest, and says how many bits each would take.
/// </summary>
internal static class BlockEncoder
{
    private const int MaxStored = 65535;

    private static readonly byte[] FixedLiteralLength = BuildFixedLiteralLength();
    private static readonly byte[] FixedDistance = Enumerable.Repeat((byte)5, DeflateTables.DistanceSymbols).ToArray();

    private static byte[] BuildFixedLiteralLength()
    {
        var lengths = new byte[288];
        for (var s = 0; s < 288; s++)
            lengths[s] = (byte)(
                s < 144 ? 8
                : s < 256 ? 9
                : s < 280 ? 7
                : 8
            );
        return lengths;
    }

    /// <summary>The fewest bits the items take as one block, header included.</summary>
    public static long Bits(ReadOnlySpan<byte> data, IReadOnlyList<Lz77Item> items, int from, int to) =>
        Bits(SymbolCounts.Of(data, items, from, to), ByteLength(items, from, to));

    /// <summary>
    /// The fewest bits a block of these symbols, coding <paramref name="bytes"/> bytes, takes
    /// (see <see cref="DynamicCode.For"/> for <paramref name="everyHeader"/>).
    /// </summary>
    public static long Bits(SymbolCounts counts, int bytes, bool everyHeader = true)
    {
        var dynamic = DynamicCode.For(counts, everyHeader).Bits;
        var fixedBits = 3 + DataBits(counts, FixedLiteralLength, FixedDistance);
        return Math.Min(Math.Min(dynamic, fixedBits), StoredBits(bytes));
    }

    public static int ByteLength(IReadOnlyList<Lz77Item> items, int from, int to) =>
        from >= to ? 0 : items[to - 1].Position + items[to - 1].Length - items[from].Position;

    public static void Write(
        BitWriter output,
        ReadOnlySpan<byte> data,
        IReadOnlyList<Lz77Item> items,
        int from,
        int to,
        bool last
    )
    {
        var counts = SymbolCounts.Of(data, items, from, to);
        var dynamic = DynamicCode.For(counts);
        var fixedBits = 3 + DataBits(counts, FixedLiteralLength, FixedDistance);
        var length = ByteLength(items, from, to);
        if (StoredBits(length) < Math.Min(dynamic.Bits, fixedBits))
        {
            WriteStored(output, data.Slice(from < to ? items[from].Position : 0, length), last);
            return;
        }
        output.Write(last ? 1u : 0u, 1);
        if (fixedBits <= dynamic.Bits)
        {
            output.Write(1, 2);
            WriteItems(output, data, items, from, to, FixedLiteralLength, FixedDistance);
            return;
        }
        output.Write(2, 2);
        dynamic.WriteHeader(output);
        WriteItems(output, data, items, from, to, dynamic.LiteralLength, dynamic.Distance);
    }

    /// <summary>Bits of the symbols and their extra bits under the given code lengths.</summary>
    public static long DataBits(SymbolCounts counts, byte[] literalLength, byte[] distance)
    {
        var bits = 0L;
        for (var s = 0; s < DeflateTables.LiteralLengthSymbols; s++)
            bits += (long)counts.LiteralLength[s] * (literalLength[s] + DeflateTables.LengthSymbolExtraBits(s));
        for (var s = 0; s < DeflateTables.DistanceSymbols; s++)
            bits += (long)counts.Distance[s] * (distance[s] + DeflateTables.DistanceSymbolExtraBits(s));
        return bits;
    }

    // Each stored block: three header bits, up to seven to the byte boundary, then LEN and NLEN.
    private static long StoredBits(int length)
    {
        var blocks = Math.Max(1, (length + MaxStored - 1) / MaxStored);
        return blocks * (3 + 7 + 32L) + 8L * length;
    }

    private static void WriteStored(BitWriter output, ReadOnlySpan<byte> bytes, bool last)
    {
        do
        {
            var chunk = Math.Min(bytes.Length, MaxStored);
            output.Write(last && chunk == bytes.Length ? 1u : 0u, 1);
            output.Write(0, 2);
            output.AlignToByte();
            output.Write((uint)chunk, 16);
            output.Write((uint)~chunk & 0xFFFF, 16);
            output.WriteBytes(bytes[..chunk]);
            bytes = bytes[chunk..];
        } while (bytes.Length > 0);
    }

    private static void WriteItems(
        BitWriter output,
        ReadOnlySpan<byte> data,
        IReadOnlyList<Lz77Item> items,
        int from,
        int to,
        byte[] literalLength,
        byte[] distance
    )
    {
        var literalCodes = HuffmanCode.ReversedCodes(literalLength);
        var distanceCodes = HuffmanCode.ReversedCodes(distance);
        for (var i = from; i < to; i++)
        {
            var item = items[i];
            if (item.IsLiteral)
            {
                var b = data[item.Position];
                output.Write(literalCodes[b], literalLength[b]);
                continue;
            }
            var symbol = DeflateTables.LengthSymbol(item.Length);
            output.Write(literalCodes[symbol], literalLength[symbol]);
            output.Write(
                (uint)DeflateTables.LengthExtraValue(item.Length),
                DeflateTables.LengthSymbolExtraBits(symbol)
            );
            var d = DeflateTables.DistanceSymbol(item.Distance);
            output.Write(distanceCodes[d], distance[d]);
            output.Write(
                (uint)DeflateTables.DistanceExtraValue(item.Distance),
                DeflateTables.DistanceSymbolExtraBits(d)
            );
        }
        output.Write(literalCodes[DeflateTables.EndOfBlock], literalLength[DeflateTables.EndOfBlock]);
    }
}
