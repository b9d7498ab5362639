using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Layout.Text.Hyphenation;
using PrepPack.Markdown;
using PrepPack.Pdf;
using PrepPack.Theming;

namespace PrepPack.Tests.Support;

/// <summary>Fonts, the repository's theme and small builders shared by the layout and PDF tests.</summary>
internal static class Typesetting
{
    public static FontLibrary Fonts { get; } = new([Path.Combine(RepoPaths.Templates, "fonts")], BundledFonts.Faces);

    public static Theme Theme { get; } =
        ThemeReader.Read(Path.Combine(RepoPaths.Templates, "theme.yaml"), new DiagnosticBag());

    public static FaceChooser Faces { get; } = new(Fonts, new IgnoreGlyphs());

    public static TextStyle Body { get; } =
        new()
        {
            Families = ["DejaVu Serif", "DejaVu Sans"],
            Size = 10,
            LineHeight = 1.2f,
        };

    /// <summary>A paragraph whose lines are 12 pt tall (10 pt type at 1.2).</summary>
    public static TextBlock Paragraph(string text, TextAlign align = TextAlign.Left, Hyphenator? hyphenator = null) =>
        new(
            new ParagraphText(
                [new TextSpan(text, Body)],
                Body,
                align,
                Faces,
                new SourceLocation("test.md", 1, 1),
                hyphenator
            )
        )
        {
            Source = "the test paragraph",
        };

    /// <summary>A paragraph of exactly <paramref name="lines"/> lines, one short word per line.</summary>
    public static TextBlock Lines(int lines) =>
        Paragraph(string.Join("\n", Enumerable.Range(1, lines).Select(i => $"line{i}")));

    public static PageSetup Page(float contentHeight, float contentWidth = 300) =>
        new()
        {
            Width = contentWidth,
            Height = contentHeight,
            Margins = Thickness.All(0),
        };

    public static LayoutOutcome Paginate(PageSetup setup, Element content) =>
        new Paginator(Faces).Run(setup, () => content, new SourceLocation("test.md", 0, 0));

    public static PdfResult Render(
        string markdown,
        string file = "test.md",
        Theme? theme = null,
        DateTime? date = null
    ) => MarkdownPdf.Render(file, markdown, theme ?? Theme, Fonts, date);

    public static PdfResult RenderFixture(string name) =>
        Render(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Layout", name)), name);

    private sealed class IgnoreGlyphs : IGlyphReporter
    {
        public void MissingGlyph(int codePoint, object? origin) { }
    }
}
