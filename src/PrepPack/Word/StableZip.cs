using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PrepPack.Word;

/// <summary>
/// Rewrites a .docx (a zip) so the same input gives the same bytes: every entry dated the same
/// fixed day, the core properties part under a fixed name instead of a fresh GUID, and the
/// package's own relationships numbered instead of random. Nothing inside refers to those ids.
/// </summary>
internal static partial class StableZip
{
    private static readonly DateTimeOffset FixedDate = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CoreProperties = CorePropertiesFolder + "core.psmdcp";

    public static byte[] Normalise(byte[] zip, DateTime? date)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var core = input.Entries.FirstOrDefault(e => e.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal))?.FullName;
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == core ? CoreProperties : entry.FullName;
                var copy = archive.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = date is { } d ? new DateTimeOffset(d) : FixedDate;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    var text = new StreamReader(from, Encoding.UTF8).ReadToEnd();
                    if (core is not null) text = text.Replace("/" + core, "/" + CoreProperties);
                    var n = 0;
                    text = GeneratedId().Replace(text, _ => $"Id=\"rIdPackage{++n}\"");
                    to.Write(Encoding.UTF8.GetPreamble());
                    to.Write(Encoding.UTF8.GetBytes(text));
                }
                else from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-f]+\"")]
    private static partial Regex GeneratedId();
}
