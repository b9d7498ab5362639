using System.Text.Json;
using PrepPack.Diagnostics;

namespace PrepPack.Incremental;

/// <summary>Reads and writes the manifest. A manifest that cannot be read is set aside with a warning.</summary>
public static class ManifestStore
{
    public static string PathIn(string outputFolder) => Path.Combine(outputFolder, ".preppack", "manifest.json");

    /// <summary>The last build's manifest, or an empty one (first build, or one that cannot be trusted).</summary>
    public static Manifest Read(string outputFolder, string tool, DiagnosticBag diagnostics)
    {
        var path = PathIn(outputFolder);
        if (!File.Exists(path))
            return new Manifest { Tool = tool };
        try
        {
            if (ManifestJson.Read(File.ReadAllBytes(path)) is { } manifest)
                return manifest;
            Ignored(path, "it was written by another version of PrepPack", diagnostics);
        }
        // The manifest is a file anyone may edit or damage: whatever is wrong with it (bad JSON, a
        // missing field, a date out of range), it is set aside and the build starts afresh.
        catch (Exception)
        {
            Ignored(path, "it could not be read", diagnostics);
        }
        return new Manifest { Tool = tool };
    }

    public static byte[] Serialise(Manifest manifest) => ManifestJson.Write(manifest);

    private static void Ignored(string path, string why, DiagnosticBag diagnostics) =>
        diagnostics.Warning(
            SourceLocation.WholeOf(path),
            DiagnosticCodes.ManifestIgnored,
            $"The record of the last build was set aside because {why}; everything is rebuilt.",
            "Nothing to do: the next build writes a fresh one."
        );
}
