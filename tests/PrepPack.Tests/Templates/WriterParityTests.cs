using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf.Rendering;
using PrepPack.Tests.Support;
using PdfInlineRenderer = PrepPack.Pdf.Rendering.Inlines.InlineRenderer<Markdig.Syntax.Inlines.Inline>;
using WordInlineRenderer = PrepPack.Word.Rendering.Inlines.WordInlineRenderer<Markdig.Syntax.Inlines.Inline>;

namespace PrepPack.Tests.Templates;

/// <summary>The PDF and the Word writer read the same Markdown and show the same things in it.</summary>
public class WriterParityTests
{
    /// <summary>The Markdig types the renderers deriving from a generic base are written for.</summary>
    private static IReadOnlySet<string> Handled(Type openBase) =>
        typeof(ElementRenderer)
            .Assembly.GetTypes()
            .Where(t =>
                !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == openBase
            )
            .Select(t => t.BaseType!.GetGenericArguments()[0].FullName!)
            .ToHashSet();

    [Fact]
    public void Both_writers_have_a_renderer_for_the_same_block_types()
    {
        var pdf = Handled(typeof(BlockRenderer<>));
        var word = Handled(typeof(PrepPack.Word.Rendering.WordBlockRenderer<>));
        Assert.Equal(pdf.Order(), word.Order());
    }

    [Fact]
    public void Both_writers_have_a_renderer_for_the_same_inline_types()
    {
        var pdf = Handled(typeof(PdfInlineRenderer).GetGenericTypeDefinition());
        var word = Handled(typeof(WordInlineRenderer).GetGenericTypeDefinition());
        Assert.Equal(pdf.Order(), word.Order());
        Assert.Equal(8, pdf.Count);
    }

    [Theory]
    [InlineData("**x**", "bold")]
    [InlineData("*x*", "italic")]
    [InlineData("~~x~~", "strike")]
    [InlineData("==x==", "mark")]
    [InlineData("^x^", "superscript")]
    [InlineData("~x~", "subscript")]
    [InlineData("++x++", "inserted")]
    [InlineData("`x`", "code")]
    [InlineData("[x](#top)", "link to a heading")]
    [InlineData("**x**{.star-label}", "star label")]
    [InlineData("**x**{.key-number}", "key number")]
    public void Each_inline_kind_shows_in_the_pdf_and_in_word(string markdown, string kind)
    {
        var theme = Typesetting.Theme;
        var pdf = PdfStyleOf("x", $"Some {markdown} here.");
        var (run, link) = WordRunOf("x", $"Some {markdown} here.");
        var word = run.RunProperties;
        var (inPdf, inWord) = kind switch
        {
            // Word shows these through character styles, whose look WordStylesNotHandFormattingTests checks.
            "bold" => (pdf.Bold, word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.Strong),
            "italic" => (pdf.Italic, word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.Emphasis),
            "strike" => (pdf.Strike, word?.Strike is not null),
            "mark" => (
                pdf.Background == theme.Colors.Mark.ToLayout(),
                word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.Marked
            ),
            "superscript" => (
                pdf.Rise > 0,
                word?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Superscript
            ),
            "subscript" => (pdf.Rise < 0, word?.VerticalTextAlignment?.Val?.Value == VerticalPositionValues.Subscript),
            "inserted" => (pdf.Underline, word?.Underline?.Val?.Value == UnderlineValues.Single),
            "code" => (
                pdf.Families[0] == theme.Fonts.Mono[0],
                word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.CodeChar
            ),
            "link to a heading" => (
                pdf.Link == "#top" && pdf.Color == theme.Colors.Link.ToLayout(),
                link?.Anchor?.Value == "top" && word?.Color?.Val?.Value == theme.Colors.Link.Hex
            ),
            "star label" => (
                pdf.Families[0] == theme.Fonts.Heading[0] && pdf.Bold && pdf.Color == theme.Colors.Heading.ToLayout(),
                word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.StarLabel
            ),
            "key number" => (
                pdf.Bold && pdf.Color == theme.Colors.Heading.ToLayout(),
                word?.RunStyle?.Val?.Value == PrepPack.Word.StyleIds.KeyNumber
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Assert.True(inPdf, $"The PDF does not show {kind}: {pdf}");
        Assert.True(inWord, $"Word does not show {kind}: {run.OuterXml}");
    }

    private static TextStyle PdfStyleOf(string text, string markdown)
    {
        var document = MarkdownParser.Parse(markdown);
        var renderer = new ElementRenderer(
            Typesetting.Theme,
            new FrontMatter(),
            Typesetting.Faces,
            "doc.md",
            [],
            new UnsupportedMarkdown("doc.md", "the PDF", new PrepPack.Diagnostics.DiagnosticBag())
        );
        var paragraph = document.Descendants<ParagraphBlock>().Single();
        return renderer.Spans(paragraph.Inline, renderer.Styles.Body).Single(s => s.Text == text).Style;
    }

    private static (Run Run, Hyperlink? Link) WordRunOf(string text, string markdown)
    {
        var result = WordWriting.Render(markdown);
        using var document = WordWriting.Open(result);
        var run = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single(r => r.InnerText == text);
        return ((Run)run.CloneNode(true), run.Parent is Hyperlink h ? (Hyperlink)h.CloneNode(false) : null);
    }
}
