using PrepPack.Diagnostics;

namespace PrepPack.Markdown;

/// <summary>Reads the front matter of a Markdown document, such as one PrepPack kept in
/// output/.preppack/markdown.</summary>
public static class FrontMatterReader
{
    /// <summary>Splits off the front matter; the body keeps its line numbers by starting with blank lines.</summary>
    public static (FrontMatter Settings, string Body) Read(string path, string text, DiagnosticBag diagnostics)
    {
        var block = FrontMatterBlock.Read(path, text, diagnostics);
        return (FrontMatterFields.Apply(new FrontMatter(), block.Entries, diagnostics), block.Body);
    }
}
