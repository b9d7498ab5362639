using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Word;

namespace PrepPack.Tests.Support;

/// <summary>Markdown through the Word writer with the repository's theme, as the build does it.</summary>
internal static class WordWriting
{
    public static WordResult Render(string markdown, string file = "test.md")
    {
        var diagnostics = new DiagnosticBag();
        var (settings, body) = FrontMatterReader.Read(file, markdown, diagnostics);
        return MarkdownWord.Render(file, settings, body, Typesetting.Theme, Typesetting.Fonts, diagnostics, _ => null);
    }

    public static WordResult RenderFixture(string name) =>
        Render(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Layout", name)), name);

    public static WordprocessingDocument Open(WordResult result) =>
        WordprocessingDocument.Open(new MemoryStream(result.Bytes!), false);

    /// <summary>What the OpenXml SDK's validator finds wrong, one line each; empty for a valid file.</summary>
    public static string ValidationErrors(WordprocessingDocument document) =>
        string.Join("\n", new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
}
