using System.IO.Compression;

namespace PrepPack.Tests.Support;

/// <summary>Bytes through System.IO.Compression's zlib: what every PDF reader inflates, and zlib's smallest
/// output to measure an encoder against.</summary>
public static class ZLibBytes
{
    public static byte[] Inflate(byte[] compressed)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    public static byte[] Smallest(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }
}
