using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Markdown;
using PrepPack.Pdf.Rendering;
using PrepPack.Tests.Support;
using PrepPack.Word;
using PrepPack.Word.Rendering;

namespace PrepPack.Tests.Templates;

/// <summary>Markdown a writer cannot show is a warning at its line in the generated Markdown, in both writers
/// alike.</summary>
public class UnsupportedMarkdownTests
{
    /// <summary>The body's first line is line 5 of doc.md.</summary>
    private static (IReadOnlyList<Diagnostic> Diagnostics, string Text) Write(string writer, string body)
    {
        var markdown = "---\ntitle: Test\n---\n\n" + body;
        if (writer == "pdf")
        {
            var pdf = Typesetting.Render(markdown, "doc.md");
            Assert.True(pdf.Succeeded, string.Join("\n", pdf.Diagnostics));
            return (pdf.Diagnostics, PrepPack.Layout.Paging.LayoutDump.Write(pdf.Layout!));
        }
        var word = WordWriting.Render(markdown, "doc.md");
        using var document = WordWriting.Open(word);
        return (word.Diagnostics, WordDump.Write(document));
    }

    private static string WriterName(string writer) => writer == "pdf" ? "the PDF" : "the Word document";

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void A_raw_html_block_is_a_warning_at_its_line_and_prints_nothing(string writer)
    {
        var (diagnostics, text) = Write(writer, "Before.\n\n<div class=\"aside\">raw words</div>\n\nAfter.\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticSeverity.Warning, DiagnosticCodes.UnsupportedMarkdown),
            (warning.Severity, warning.Code)
        );
        Assert.Equal(("doc.md", 7, 1), (warning.File, warning.Line, warning.Column));
        Assert.Equal(
            $"Raw HTML '<div class=\"aside\">raw words</div>' is not shown in {WriterName(writer)}; it is left out.",
            warning.Message
        );
        Assert.Contains("template that made this line", warning.Hint);
        Assert.DoesNotContain("raw words", text);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void Html_comments_and_page_breaks_are_no_warning(string writer)
    {
        var (diagnostics, _) = Write(
            writer,
            "<!-- a note to the template's author -->\n\nText with a comment<!-- aside --> inside.\n\n<!-- pagebreak "
                + "-->\n\nMore.\n"
        );
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void An_inline_html_tag_is_one_warning_at_its_line_and_column_and_the_text_inside_still_prints(string writer)
    {
        var (diagnostics, text) = Write(writer, "Some <span class=\"x\">kept words</span> here.\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsupportedMarkdown, 5, 6), (warning.Code, warning.Line, warning.Column));
        Assert.StartsWith("Raw HTML '<span class=\"x\">'", warning.Message);
        Assert.Contains("kept words", text);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void An_image_is_a_warning_naming_its_file(string writer)
    {
        var (diagnostics, _) = Write(writer, "Intro.\n\nSee ![the chart](chart.png) here.\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsupportedMarkdown, 7, 5), (warning.Code, warning.Line, warning.Column));
        Assert.Equal($"The image 'chart.png' is not shown in {WriterName(writer)}; it is left out.", warning.Message);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void A_link_to_neither_a_heading_nor_an_address_keeps_its_text_without_the_link_and_warns(string writer)
    {
        var (diagnostics, text) = Write(writer, "See [the matrix](matrix.md) first.\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsupportedMarkdown, 5, 5), (warning.Code, warning.Line, warning.Column));
        Assert.StartsWith("The link to 'matrix.md' goes nowhere", warning.Message);
        Assert.Contains("the matrix", text);
        Assert.DoesNotContain("matrix.md", text);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void A_footnote_is_a_warning_at_its_text(string writer)
    {
        // Markdig reads a one-word footnote as a link definition: its text would vanish.
        var (diagnostics, _) = Write(writer, "A claim.\n\n[^1]: https://example.org/source\n");
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsupportedMarkdown, 7, 1), (warning.Code, warning.Line, warning.Column));
        Assert.Equal($"The footnote '[^1]' is not shown in {WriterName(writer)}; it is left out.", warning.Message);
    }

    [Fact]
    public void A_link_definition_used_by_a_link_is_no_warning()
    {
        const string body = "See [the matrix][m].\n\n[m]: #matrix\n\n# Matrix {#matrix}\n";
        Assert.Empty(Write("pdf", body).Diagnostics);
        Assert.Empty(Write("docx", body).Diagnostics);
    }

    [Fact]
    public void A_one_page_document_laid_out_several_times_reports_each_place_once()
    {
        var paragraphs = string.Join(
            "\n\n",
            Enumerable
                .Range(1, 40)
                .Select(i => $"Paragraph {i} is long enough to wrap onto a second line on a letter page, at the least.")
        );
        var result = Typesetting.Render(
            $"---\ntitle: Notepad\nfit: one-page\n---\n\nA <b>bold</b> tag.\n\n{paragraphs}\n",
            "notepad.md"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Scale < 1, $"{result.Scale} {result.PageCount}");
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnsupportedMarkdown);
    }

    [Fact]
    public void A_block_and_an_inline_the_pdf_writer_has_no_renderer_for_are_warnings_at_their_lines()
    {
        var (document, diagnostics) = Unknowns();
        var unsupported = new UnsupportedMarkdown("doc.md", "the PDF", diagnostics);
        new ElementRenderer(Typesetting.Theme, new FrontMatter(), Typesetting.Faces, "doc.md", [], unsupported).Render(
            document
        );
        AssertUnknowns(diagnostics, "the PDF");
    }

    [Fact]
    public void A_block_and_an_inline_the_word_writer_has_no_renderer_for_are_warnings_at_their_lines()
    {
        var (document, diagnostics) = Unknowns();
        using var stream = new MemoryStream();
        using var word = WordprocessingDocument.Create(
            stream,
            DocumentFormat.OpenXml.WordprocessingDocumentType.Document
        );
        var main = word.AddMainDocumentPart();
        var unsupported = new UnsupportedMarkdown("doc.md", "the Word document", diagnostics);
        _ = new WordRenderer(
            Typesetting.Theme,
            WordStyleSheet.For(Typesetting.Theme, null, diagnostics),
            main,
            new WordNumbering(main),
            unsupported,
            9360
        )
            .Blocks(document)
            .ToList();
        AssertUnknowns(diagnostics, "the Word document");
    }

    /// <summary>A document with a block and an inline of types no writer knows, as a new Markdig extension might
    /// make.</summary>
    private static (MarkdownDocument, DiagnosticBag) Unknowns()
    {
        var document = MarkdownParser.Parse("\n\nText.\n");
        document.Descendants<ParagraphBlock>().Single().Inline!.AppendChild(new UnknownInline { Line = 2, Column = 5 });
        document.Add(new UnknownBlock { Line = 4 });
        return (document, new DiagnosticBag());
    }

    private static void AssertUnknowns(DiagnosticBag diagnostics, string writer)
    {
        var warnings = diagnostics.Sorted();
        Assert.Equal([(3, 6), (5, 1)], warnings.Select(w => (w.Line, w.Column)));
        Assert.All(warnings, w => Assert.Equal(DiagnosticCodes.UnsupportedMarkdown, w.Code));
        Assert.Equal($"This Markdown (UnknownInline) is not shown in {writer}; it is left out.", warnings[0].Message);
        Assert.Equal($"This Markdown (UnknownBlock) is not shown in {writer}; it is left out.", warnings[1].Message);
    }

    private sealed class UnknownBlock() : LeafBlock(null);

    private sealed class UnknownInline : LeafInline;
}
