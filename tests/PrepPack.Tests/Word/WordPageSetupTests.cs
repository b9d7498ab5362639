using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Tests.Support;
using PrepPack.Word;

namespace PrepPack.Tests.Word;

/// <summary>The Word writer sets up its page from the same front matter and theme as the PDF writer, and
/// alike.</summary>
public class WordPageSetupTests
{
    private const string Table =
        "| Story | What it shows |\n|:--|:--|\n| Alpha | A long line of text that fills its cell |\n| Beta | Short |\n";

    private static WordprocessingDocument Word(string frontMatter, string body = "# Heading\n\nText.\n")
    {
        var diagnostics = new DiagnosticBag();
        var (settings, padded) = FrontMatterReader.Read(
            "test.md",
            $"---\ntitle: Test pages\n{frontMatter}---\n{body}",
            diagnostics
        );
        var result = MarkdownWord.Render(
            "test.md",
            settings,
            padded,
            Typesetting.Theme,
            Typesetting.Fonts,
            diagnostics,
            _ => null
        );
        Assert.True(result.Bytes is not null, string.Join("\n", result.Diagnostics));
        return WordprocessingDocument.Open(new MemoryStream(result.Bytes!), false);
    }

    private static SectionProperties Section(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;

    [Fact]
    public void A_landscape_document_has_a_landscape_page()
    {
        using var document = Word("page: letter\norientation: landscape\n");
        var size = Section(document).GetFirstChild<PageSize>()!;
        Assert.Equal(
            (15840u, 12240u, PageOrientationValues.Landscape),
            (size.Width!.Value, size.Height!.Value, size.Orient!.Value)
        );
    }

    [Fact]
    public void Portrait_turns_a_landscape_page_upright()
    {
        using var document = Word("page: index-4x6\norientation: portrait\n");
        var size = Section(document).GetFirstChild<PageSize>()!;
        Assert.Equal(
            (5760u, 8640u, PageOrientationValues.Portrait),
            (size.Width!.Value, size.Height!.Value, size.Orient!.Value)
        );
    }

    [Fact]
    public void A_landscape_section_is_a_word_section_between_portrait_ones_with_its_footer_across_its_width()
    {
        using var document = Word(
            "page: letter\nmargin: 1in\nfooter: \"Left | Page {page}\"\n",
            "# Before\n\nText.\n\n\\newpage\n\n:::: section {orientation=landscape margin=0.5in}\n## Wide\n\n"
                + Table
                + "::::\n\n# After\n\nText.\n"
        );
        var sections = document.MainDocumentPart!.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.Equal(
            [PageOrientationValues.Portrait, PageOrientationValues.Landscape, PageOrientationValues.Portrait],
            sections.Select(s => s.GetFirstChild<PageSize>()!.Orient!.Value)
        );
        Assert.Equal([1440, 720, 1440], sections.Select(s => s.GetFirstChild<PageMargin>()!.Top!.Value));
        // The landscape section's table spans its own text width: 11in less two half-inch margins.
        var wide = document.MainDocumentPart.Document.Body.Descendants<Table>().Single();
        Assert.Equal(
            "14400",
            wide.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)).ToString()
        );
        var footers = sections.Select(s => s.GetFirstChild<FooterReference>()!.Id!.Value!).ToList();
        Assert.Equal(3, footers.Distinct().Count());
        var landscapeFooter = (FooterPart)document.MainDocumentPart.GetPartById(footers[1]);
        Assert.Equal(14400, landscapeFooter.Footer!.Descendants<TabStop>().Max(t => t.Position!.Value));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void The_header_text_is_in_the_word_header_part_with_the_title_filled_in()
    {
        using var document = Word("header: \"{title} | Confidential\"\n");
        var header = document.MainDocumentPart!.HeaderParts.Single().Header!;
        Assert.Equal("Test pagesConfidential", header.InnerText);
        Assert.Equal("Header", header.Descendants<ParagraphStyleId>().Single().Val!.Value);
        Assert.NotNull(Section(document).GetFirstChild<HeaderReference>());
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void No_header_part_is_written_without_a_header()
    {
        using var document = Word("");
        Assert.Empty(document.MainDocumentPart!.HeaderParts);
    }

    [Fact]
    public void A_footer_of_one_part_is_centred_as_in_the_pdf()
    {
        using var document = Word("footer: \"Page {page} of {pages}\"\n");
        var paragraph = document.MainDocumentPart!.FooterParts.Single().Footer!.GetFirstChild<Paragraph>()!;
        var first = paragraph.Elements().First(e => e is Run or SimpleField);
        Assert.NotNull(first.GetFirstChild<TabChar>());
        Assert.Equal([" PAGE ", " NUMPAGES "], paragraph.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Theory]
    [InlineData("a4", 9745)]
    [InlineData("letter", 10080)]
    public void Tables_and_boxes_span_the_text_width_of_the_page(string page, int textWidth)
    {
        using var document = Word($"page: {page}\nmargin: 0.75in\n", $"{Table}\n::: callout\nA box.\n:::\n");
        var tables = document
            .MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>()
            .ToList();
        Assert.Equal(2, tables.Count);
        Assert.All(tables, t =>
            Assert.Equal(
                textWidth,
                t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!))
            )
        );
        var tabs = document
            .MainDocumentPart!.FooterParts.Single()
            .Footer!.Descendants<TabStop>()
            .Select(t => t.Position!.Value);
        Assert.Equal([textWidth / 2, textWidth], tabs);
    }
}
