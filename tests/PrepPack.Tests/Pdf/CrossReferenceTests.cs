using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The cross-reference stream leads each number to its own object, however many a file holds.</summary>
public partial class CrossReferenceTests
{
    [GeneratedRegex(@"/W \[1 (\d) (\d)\].*?/Root (\d+) 0 R.*?/Length (\d+)>>\nstream\n", RegexOptions.Singleline)]
    private static partial Regex XRef();

    [GeneratedRegex(@"/ObjStm /N (\d+) /First (\d+)/Filter/FlateDecode/Length (\d+)>>\nstream\n")]
    private static partial Regex ObjectStream();

    [Theory]
    [InlineData(100)]
    [InlineData(70_000)]
    public void Every_object_in_the_object_stream_is_found_at_the_index_its_row_gives(int count)
    {
        // A large bank's binder packs more objects than two bytes can number: an index taken modulo 65,536
        // sent poppler to the wrong object, and it could not find the catalog.
        var objects = new PdfObjects();
        for (var i = 0; i < count; i++)
            objects.Add($"<</N {i}>>");
        var root = objects.Add("<</Type/Catalog>>");
        var info = objects.Add("<</Title (t)>>");
        using var file = new MemoryStream();
        objects.WriteTo(file, root, info);
        var text = Encoding.Latin1.GetString(file.ToArray());

        var xref = XRef().Match(text);
        Assert.True(xref.Success);
        var (offsetBytes, indexBytes) = (int.Parse(xref.Groups[1].Value), int.Parse(xref.Groups[2].Value));
        var rows = Unpredicted(
            ZLibBytes.Inflate(Slice(file, xref.Index + xref.Length, int.Parse(xref.Groups[4].Value))),
            1 + offsetBytes + indexBytes
        );
        var stream = ObjectStream().Match(text);
        var first = int.Parse(stream.Groups[2].Value);
        var header = Encoding
            .Latin1.GetString(
                ZLibBytes.Inflate(Slice(file, stream.Index + stream.Length, int.Parse(stream.Groups[3].Value)))
            )[..first]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(int.Parse(stream.Groups[1].Value), header.Length / 2);

        var checkedRows = 0;
        for (var number = 0; number < rows.Count; number++)
        {
            var row = rows[number];
            if (row[0] != 2)
                continue;
            var index = Field(row, 1 + offsetBytes, indexBytes);
            Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), header[index * 2]);
            checkedRows++;
        }
        Assert.Equal(count + 2, checkedRows);
        var rootNumber = int.Parse(xref.Groups[3].Value);
        Assert.Equal(2, rows[rootNumber][0]);
    }

    private static byte[] Slice(MemoryStream file, int at, int length) => file.ToArray().AsSpan(at, length).ToArray();

    private static int Field(byte[] row, int at, int width)
    {
        var value = 0;
        for (var i = 0; i < width; i++)
            value = value << 8 | row[at + i];
        return value;
    }

    /// <summary>The rows with PNG's "up" prediction undone.</summary>
    private static List<byte[]> Unpredicted(byte[] data, int columns)
    {
        var rows = new List<byte[]>();
        var above = new byte[columns];
        for (var at = 0; at + columns < data.Length + 1; at += columns + 1)
        {
            var row = new byte[columns];
            for (var c = 0; c < columns; c++)
                row[c] = (byte)(data[at + 1 + c] + above[c]);
            rows.Add(row);
            above = row;
        }
        return rows;
    }
}
