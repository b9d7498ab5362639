using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.IO;

namespace PrepPack.Starter;

/// <summary>The editor schemas (<c>preppack schema</c>), written into a folder all together or not at all.</summary>
public static class SchemaFiles
{
    /// <summary>Writes every schema into <paramref name="folder"/>, replacing older copies (they are made,
    /// never edited); returns the files written, or none after reporting why.</summary>
    public static IReadOnlyList<string> Write(string folder, DiagnosticBag diagnostics)
    {
        var files = new NewFiles(folder, "--out DIR", replace: true);
        foreach (var schema in ContentSchemas.All)
            files.Add(schema.FileName, JsonSchemaWriter.Write(schema));
        return files.Write("Rename or move what is in the way, or name another folder with --out DIR.", diagnostics);
    }
}
