using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Layout.Pdf.Objects.Deflate;

namespace PrepPack.Benchmarks;

/// <summary>
/// Each Flate stream of the given PDFs (or each file, if not a PDF) compressed by zlib at its
/// smallest setting and by the optimal-parse encoder: bytes and megabytes a second for each.
/// </summary>
public static partial class DeflateSpeed
{
    [GeneratedRegex(@"/Length (\d+)>>\nstream\n")]
    private static partial Regex Stream();

    public static void Run(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var inputs = Inputs(File.ReadAllBytes(path));
            // One run first, so the timed one does not include compiling the encoder.
            OptimalDeflate.Compress(inputs[0]);
            var zlibClock = new Stopwatch();
            var optimalClock = new Stopwatch();
            long raw = 0,
                zlib = 0,
                optimal = 0;
            foreach (var input in inputs)
            {
                raw += input.Length;
                zlibClock.Start();
                zlib += ZLib(input).Length;
                zlibClock.Stop();
                optimalClock.Start();
                optimal += OptimalDeflate.Compress(input).Length;
                optimalClock.Stop();
            }
            Console.WriteLine(
                $"{path}: {inputs.Count} streams, {raw:N0} bytes; zlib {zlib:N0} ({Rate(raw, zlibClock)} MB/s), "
                    + $"optimal {optimal:N0} ({Rate(raw, optimalClock)} MB/s), {100.0 * (optimal - zlib) / zlib:F1}%"
            );
        }
    }

    private static List<byte[]> Inputs(byte[] file)
    {
        if (!file.AsSpan().StartsWith("%PDF"u8))
            return [file];
        return Stream()
            .Matches(Encoding.Latin1.GetString(file))
            .Select(m => Inflate(file.AsSpan(m.Index + m.Length, int.Parse(m.Groups[1].Value)).ToArray()))
            .ToList();
    }

    private static string Rate(long bytes, Stopwatch clock) => $"{bytes / 1e6 / clock.Elapsed.TotalSeconds:F2}";

    private static byte[] Inflate(byte[] compressed)
    {
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        return inflated.ToArray();
    }

    private static byte[] ZLib(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            zlib.Write(data);
        return compressed.ToArray();
    }
}
