using System.Text;
using PrepPack.Layout.Pdf.Objects.Deflate;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// The optimal-parse Deflate encoder, read back by System.IO.Compression (zlib) as every PDF reader
/// would: the same bytes come back, and the stream is never bigger than zlib's best.
/// </summary>
public class OptimalDeflateTests
{
    // Stored blocks and block headers may cost a few bytes more than zlib's on tiny or random input.
    private const int Margin = 16;

    public static TheoryData<string> Inputs() =>
        [
            "empty",
            "one byte",
            "a long run",
            "repeats past 258",
            "random bytes",
            "text",
            "page content",
            "structure dictionaries",
            "a megabyte",
        ];

    private static byte[] Input(string name) =>
        name switch
        {
            "empty" => [],
            "one byte" => [42],
            "a long run" => Enumerable.Repeat((byte)'a', 100_000).ToArray(),
            "repeats past 258" => Encoding.ASCII.GetBytes(
                string.Concat(Enumerable.Repeat("x", 259)) + "yz" + string.Concat(Enumerable.Repeat("abc", 1000))
            ),
            "random bytes" => Random(65_536 + 1234, seed: 7),
            "text" => Encoding.UTF8.GetBytes(Text()),
            "page content" => Encoding.ASCII.GetBytes(PageContent(600)),
            "structure dictionaries" => Encoding.ASCII.GetBytes(Structure(2000)),
            "a megabyte" => Megabyte(),
            _ => throw new ArgumentException(name),
        };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void What_it_compresses_inflates_back_to_the_same_bytes_and_is_never_much_bigger_than_zlib(string input)
    {
        var data = Input(input);
        var compressed = OptimalDeflate.Compress(data);
        Assert.Equal(data, Inflate(compressed));
        Assert.InRange(compressed.Length, 0, ZLib(data).Length + Margin);
    }

    [Fact]
    public void Short_repetitive_pdf_dictionaries_come_out_smaller_than_zlib()
    {
        var data = Encoding.ASCII.GetBytes(Structure(2000));
        Assert.True(OptimalDeflate.Compress(data).Length < ZLib(data).Length);
    }

    [Fact]
    public void Page_content_comes_out_smaller_than_zlib()
    {
        var data = Encoding.ASCII.GetBytes(PageContent(600));
        Assert.True(OptimalDeflate.Compress(data).Length < ZLib(data).Length);
    }

    [Fact]
    public void The_same_bytes_always_compress_to_the_same_stream()
    {
        var data = Encoding.ASCII.GetBytes(Structure(500) + PageContent(100));
        Assert.Equal(OptimalDeflate.Compress(data), OptimalDeflate.Compress(data.ToArray()));
    }

    [Fact]
    public void The_stream_has_a_zlib_header_and_the_adler_checksum_of_its_bytes()
    {
        var data = Encoding.ASCII.GetBytes("Wikipedia");
        var stream = OptimalDeflate.Compress(data);
        Assert.Equal(0, (stream[0] << 8 | stream[1]) % 31);
        Assert.Equal(8, stream[0] & 0x0F);
        // Adler-32 of "Wikipedia" is 0x11E60398 (RFC 1950's worked example in every reference).
        Assert.Equal(new byte[] { 0x11, 0xE6, 0x03, 0x98 }, stream[^4..]);
    }

    [Fact]
    public void Code_lengths_stay_within_their_limit_where_plain_huffman_would_pass_it()
    {
        // Fibonacci counts make a plain Huffman code as deep as there are symbols.
        var counts = new int[30];
        counts[0] = counts[1] = 1;
        for (var i = 2; i < counts.Length; i++)
            counts[i] = counts[i - 1] + counts[i - 2];
        var lengths = new byte[counts.Length];
        HuffmanCode.Lengths(counts, 15, lengths);
        Assert.All(lengths, length => Assert.InRange(length, 1, 15));
        // A complete code: the lengths fill the code space exactly.
        Assert.Equal(1.0, lengths.Sum(length => Math.Pow(2, -length)), 9);
        // The commonest symbols get the shortest codes.
        Assert.True(lengths[^1] <= lengths[10]);
    }

    [Fact]
    public void Code_lengths_under_the_limit_are_those_of_a_plain_huffman_code()
    {
        int[] counts = [45, 13, 12, 16, 9, 5];
        var lengths = new byte[counts.Length];
        HuffmanCode.Lengths(counts, 7, lengths);
        Assert.Equal(new byte[] { 1, 3, 3, 3, 4, 4 }, lengths);
    }

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Text() =>
        string.Join(
            "\n",
            Enumerable
                .Range(0, 400)
                .Select(i =>
                    $"Story {i}: cut the nightly load from {i * 7 % 90 + 10} to {i % 9 + 1} minutes, "
                    + $"so the {(i % 3 == 0 ? "analysts" : "support team")} saw figures before {i % 12 + 1} o'clock."
                )
        );

    private static string PageContent(int lines)
    {
        var content = new StringBuilder();
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        for (var i = 0; i < lines; i++)
        {
            content.Append(invariant, $"/P <</MCID {i}>> BDC BT /F{i % 3 + 1} {9 + i % 2} Tf ");
            content.Append(
                invariant,
                $"54 {738 - i % 50 * 13.2:0.##} Td <00{i % 90 + 10:X2}00{i * 7 % 90 + 10:X2}0052> Tj ET EMC\n"
            );
            if (i % 5 == 0)
                content.Append(invariant, $"0.8 g {54 + i % 7} {500 - i % 40} 400 0.6 re f 0 g\n");
        }
        return content.ToString();
    }

    private static string Structure(int elements)
    {
        var structure = new StringBuilder();
        string[] kinds = ["P", "TD", "LBody", "Lbl", "H2", "Link"];
        for (var i = 0; i < elements; i++)
            structure.Append(
                $"<</S/{kinds[i * 7 % kinds.Length]}/P {200 + i / 6} 0 R/Pg {30 + i / 60} 0 R/K {i % 60}>>\n"
            );
        return structure.ToString();
    }

    private static byte[] Megabyte()
    {
        var text = Encoding.ASCII.GetBytes(Structure(6000) + PageContent(4000) + Text());
        var bytes = new byte[1 << 20];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = text[i % text.Length];
        // A stretch of noise, as a font program's tables would add.
        Random(50_000, seed: 3).CopyTo(bytes, 300_000);
        return bytes;
    }

    private static byte[] Inflate(byte[] compressed) => ZLibBytes.Inflate(compressed);

    private static byte[] ZLib(byte[] data) => ZLibBytes.Smallest(data);
}
