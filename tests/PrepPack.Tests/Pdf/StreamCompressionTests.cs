using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The sample binder's streams as written, against what zlib alone would have made of them.</summary>
public partial class StreamCompressionTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [GeneratedRegex(@"<<([^\n]*)/Filter/FlateDecode/Length (\d+)>>\nstream\n")]
    private static partial Regex Stream();

    private List<(string Dictionary, byte[] Data)> Streams()
    {
        var file = pack.Read("binder.pdf");
        var text = Encoding.Latin1.GetString(file);
        return Stream()
            .Matches(text)
            .Select(m => (m.Groups[1].Value, file.AsSpan(m.Index + m.Length, int.Parse(m.Groups[2].Value)).ToArray()))
            .ToList();
    }

    [Fact]
    public void The_binder_object_stream_is_at_least_a_fifth_smaller_than_zlib_would_make_it()
    {
        var (_, data) = Assert.Single(Streams(), s => s.Dictionary.Contains("/Type /ObjStm"));
        var zlib = ZLib(Inflate(data));
        Assert.True(data.Length <= zlib.Length * 4 / 5, $"{data.Length} bytes against zlib's {zlib.Length}");
    }

    [Fact]
    public void No_binder_stream_is_bigger_than_zlib_would_make_it()
    {
        var streams = Streams();
        Assert.True(streams.Count > 40);
        Assert.All(streams, s => Assert.True(s.Data.Length <= ZLib(Inflate(s.Data)).Length, s.Dictionary));
    }

    private static byte[] Inflate(byte[] compressed) => ZLibBytes.Inflate(compressed);

    private static byte[] ZLib(byte[] data) => ZLibBytes.Smallest(data);
}
