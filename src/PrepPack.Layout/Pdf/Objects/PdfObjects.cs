using System.Globalization;
using System.IO.Compression;
using System.Text;
using PrepPack.Layout.Pdf.Objects.Deflate;

namespace PrepPack.Layout.Pdf.Objects;

/// <summary>
/// The objects of a PDF being written, by number, and the file they make. Dictionaries and
/// arrays go together into one compressed object stream, and a cross-reference stream indexes
/// them (PDF 1.5; the file says 1.6, which OpenType font programs need): page, font and
/// annotation dictionaries are much of a small file's bytes when each is written out plainly.
/// Streams (page contents, font programs) stand alone, compressed. Objects are numbered
/// afresh in the file (numbers given out here are the writer's own). The same objects always
/// give the same bytes.
/// </summary>
internal sealed class PdfObjects
{
    private readonly SortedDictionary<int, string> _values = [];
    private readonly SortedDictionary<int, (string Dictionary, Task<byte[]> Data)> _streams = [];

    // Streams are compressed on the other cores while the pages after them are written; so few wait at once
    // that their uncompressed bytes are never many.
    private const int MostWaiting = 32;
    private readonly Queue<Task<byte[]>> _waiting = [];

    // Optimal parsing writes streams 3% (page contents) to 28% (the object stream) smaller than zlib, at 0.5-1.3
    // MB/s against zlib's 15-30. An ordinary pack's documents (the sample binder: 250 KB of streams and a 140 KB
    // object stream) are wholly within these bounds. A large bank's documents send their first half megabyte of
    // streams through it and the rest to zlib alone, and an object stream over half a megabyte (which the file
    // waits for at its end) goes to zlib too: a 1000-story build takes about a second longer (8.6 s), not minutes.
    private const int LargestOptimal = 1 << 19;
    private const long MostOptimal = 1L << 19;
    private long _optimalBytes;
    private int _next = 1;

    /// <summary>A number for an object, to refer to it before it is written.</summary>
    public int Reserve() => _next++;

    /// <summary>Sets a reserved object's value: a dictionary, an array, a number or a string, as PDF text.</summary>
    public void Set(int number, string value) => _values[number] = value;

    public int Add(string value)
    {
        var number = Reserve();
        Set(number, value);
        return number;
    }

    /// <summary>Sets a reserved object to a stream of <paramref name="data"/>, compressed; <paramref name="entries"/>
    /// are
    /// its dictionary's other entries ("/Length1 5120").</summary>
    public void SetStream(int number, string entries, ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        var optimal = Optimal(copy.Length);
        var compressed = Task.Run(() => Deflate(copy, optimal));
        _streams[number] = (entries, compressed);
        _waiting.Enqueue(compressed);
        while (_waiting.Count > MostWaiting)
            _waiting.Dequeue().Wait();
    }

    /// <summary>Whether a stream of <paramref name="length"/> bytes is worth optimal parsing's time.</summary>
    private bool Optimal(int length)
    {
        if (_optimalBytes + length > MostOptimal)
            return false;
        _optimalBytes += length;
        return true;
    }

    public int AddStream(string entries, ReadOnlySpan<byte> data)
    {
        var number = Reserve();
        SetStream(number, entries, data);
        return number;
    }

    public static string Reference(int number) => $"{number} 0 R";

    public void WriteTo(Stream output, int root, int info)
    {
        var file = new MemoryStream();
        // A comment of bytes above 127 tells transfer programs the file is binary.
        Write(file, "%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n");
        // Objects are numbered afresh as they are written: the streams first, then the rest grouped by kind, so
        // the object stream's header counts up one by one and each cross-reference row is the last plus one.
        var packed = _values
            .Keys.OrderBy(number => Kind(_values[number]), StringComparer.Ordinal)
            .ThenBy(number => number)
            .ToList();
        var numbers = new Dictionary<int, int>();
        foreach (var number in _streams.Keys.Concat(packed))
            numbers[number] = numbers.Count + 1;
        // A number reserved and never set stays a free entry.
        for (var number = 1; number < _next; number++)
            numbers.TryAdd(number, numbers.Count + 1);

        // Every object but the streams goes into one object stream: a header of "number offset" pairs, then the
        // objects. It is compressed while the streams are written.
        var header = new StringBuilder();
        var body = new StringBuilder();
        foreach (var number in packed)
        {
            // Every value is ASCII (text strings outside it are written in hex), so a char is a byte.
            header.Append(CultureInfo.InvariantCulture, $"{numbers[number]} {body.Length} ");
            body.Append(ObjectRenumbering.Renumber(_values[number], numbers)).Append('\n');
        }
        var packedBytes = Encoding.Latin1.GetBytes(header.ToString() + body);
        // The object stream gains most from optimal parsing (a quarter smaller), so it is not held to the budget.
        var optimalPacked = packedBytes.Length <= LargestOptimal;
        var packedData = Task.Run(() => Deflate(packedBytes, optimalPacked));

        var direct = new SortedDictionary<int, long>();
        foreach (var (number, (entries, data)) in _streams)
        {
            direct[numbers[number]] = file.Position;
            WriteStream(file, numbers[number], ObjectRenumbering.Renumber(entries, numbers), data.Result);
        }
        var objectStream = numbers.Count + 1;
        var first = header.Length;
        direct[objectStream] = file.Position;
        WriteStream(file, objectStream, $"/Type /ObjStm /N {packed.Count} /First {first}", packedData.Result);

        // The cross-reference stream indexes itself too; offsets are written in as few bytes as they need.
        var xref = objectStream + 1;
        var xrefAt = file.Position;
        direct[xref] = xrefAt;
        var offsetBytes =
            xrefAt < 1 << 16 ? 2
            : xrefAt < 1 << 24 ? 3
            : 4;
        // The third field is an object's index in the object stream: a large bank's binder packs more objects
        // than two bytes number, and a reader that took the index modulo 65,536 would find the wrong object.
        var indexBytes = packed.Count <= 1 << 16 ? 2 : 3;
        var firstPacked = _streams.Count + 1;
        var rows = new MemoryStream();
        for (var number = 0; number <= xref; number++)
        {
            if (direct.TryGetValue(number, out var offset))
                Row(rows, 1, offset, 0, offsetBytes, indexBytes);
            else if (number >= firstPacked && number < firstPacked + packed.Count)
                Row(rows, 2, objectStream, number - firstPacked, offsetBytes, indexBytes);
            else
                Row(rows, 0, 0, number == 0 ? 0xFFFF : 0, offsetBytes, indexBytes);
        }
        var columns = 1 + offsetBytes + indexBytes;
        var xrefEntries =
            $"/Type /XRef /Size {xref + 1} /W [1 {offsetBytes} {indexBytes}]"
            + $" /Root {Reference(numbers[root])} /Info {Reference(numbers[info])}"
            + $" /DecodeParms <</Columns {columns} /Predictor 12>>";
        var predicted = UpPredicted(rows.ToArray(), columns);
        WriteStream(file, xref, xrefEntries, Deflate(predicted, predicted.Length <= LargestOptimal));
        Write(file, $"startxref\n{xrefAt}\n%%EOF\n");
        file.Position = 0;
        file.CopyTo(output);
    }

    /// <summary>
    /// An object's first characters, each run of digits as one '#' ("&lt;&lt;/S/TD/P # 0 R/Pg"): what kind of
    /// object it is. Like objects side by side give the encoder nearer, longer matches: 4% off the sample's
    /// object stream.
    /// </summary>
    private static string Kind(string value)
    {
        const int Length = 16;
        var kind = new StringBuilder(Length);
        for (var i = 0; i < value.Length && kind.Length < Length; i++)
            if (!char.IsAsciiDigit(value[i]))
                kind.Append(value[i]);
            else if (i == 0 || !char.IsAsciiDigit(value[i - 1]))
                kind.Append('#');
        return kind.ToString();
    }

    /// <summary>
    /// The rows as PNG's "up" filter leaves them, each byte less the one above it: neighbouring
    /// rows differ in a byte or two, so a tagged file's thousands of rows compress to almost nothing.
    /// </summary>
    private static byte[] UpPredicted(byte[] rows, int columns)
    {
        var count = rows.Length / columns;
        var predicted = new byte[count * (columns + 1)];
        for (var r = 0; r < count; r++)
        {
            var at = r * (columns + 1);
            predicted[at] = 2;
            for (var c = 0; c < columns; c++)
                predicted[at + 1 + c] = (byte)(rows[r * columns + c] - (r == 0 ? 0 : rows[(r - 1) * columns + c]));
        }
        return predicted;
    }

    private static void Row(Stream rows, int type, long field2, int field3, int width2, int width3)
    {
        rows.WriteByte((byte)type);
        for (var shift = (width2 - 1) * 8; shift >= 0; shift -= 8)
            rows.WriteByte((byte)(field2 >> shift));
        for (var shift = (width3 - 1) * 8; shift >= 0; shift -= 8)
            rows.WriteByte((byte)(field3 >> shift));
    }

    private static void WriteStream(Stream file, int number, string entries, byte[] data)
    {
        // A name ends where the next begins, so no space is needed before "/Filter" or between the names.
        Write(file, $"{number} 0 obj\n<<{entries}/Filter/FlateDecode/Length {data.Length}>>\nstream\n");
        file.Write(data);
        Write(file, "\nendstream\nendobj\n");
    }

    private static void Write(Stream file, string text) => file.Write(Encoding.Latin1.GetBytes(text));

    /// <summary>
    /// The stream compressed by optimal parsing where that is smaller and inflates back to the
    /// same bytes, by zlib otherwise: the safety net for a fault in our encoder.
    /// </summary>
    private static byte[] Deflate(ReadOnlySpan<byte> data, bool optimal)
    {
        var zlib = ZLib(data);
        if (!optimal)
            return zlib;
        var smaller = OptimalDeflate.Compress(data);
        return smaller.Length < zlib.Length && Inflates(smaller, data) ? smaller : zlib;
    }

    private static byte[] ZLib(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }

    private static bool Inflates(byte[] compressed, ReadOnlySpan<byte> data)
    {
        try
        {
            using var inflated = new MemoryStream(data.Length);
            using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
                zlib.CopyTo(inflated);
            return inflated.GetBuffer().AsSpan(0, (int)inflated.Length).SequenceEqual(data);
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
