using System.Diagnostics;
using PrepPack.Layout.Paging;
using PrepPack.Pdf;
using PrepPack.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>Bookmarks and the document language, read back as a viewer reads them.</summary>
public class OutlineTests
{
    private const string Chapters = """
        ---
        title: Outline
        footer: "Page {page} of {pages}"
        ---

        ::: cover
        # A cover {.unlisted}
        :::

        \newpage

        # Part (one) {#one}

        Text of part one.

        ## Chapter a\\b {#chapter-a}

        Text of chapter a.

        \newpage

        ## Café ★ {#cafe}

        ### Deeper than the contents goes {#deep}

        # Part two {#two}

        The end.
        """;

    private static readonly PdfResult Rendered = Render(Chapters);

    private static List<DocumentBookmarkNode> Bookmarks(PdfDocument pdf)
    {
        Assert.True(pdf.TryGetBookmarks(out var bookmarks), "the PDF has no outline");
        return bookmarks.GetNodes().Cast<DocumentBookmarkNode>().ToList();
    }

    [Fact]
    public void Each_listed_heading_is_a_bookmark_nested_by_level_that_opens_its_page()
    {
        Assert.True(Rendered.Succeeded, string.Join("\n", Rendered.Diagnostics));
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var nodes = Bookmarks(pdf);
        Assert.Equal(
            [("Part (one)", 0, 2), ("Chapter a\\b", 1, 2), ("Café ★", 1, 3), ("Part two", 0, 3)],
            nodes.Select(n => (n.Title, n.Level, n.PageNumber))
        );
        Assert.True(pdf.TryGetBookmarks(out var tree));
        Assert.Equal(["Part (one)", "Part two"], tree.Roots.Select(r => r.Title));
        Assert.Equal(["Chapter a\\b", "Café ★"], tree.Roots[0].Children.Select(c => c.Title));
    }

    [Fact]
    public void A_bookmark_opens_at_the_height_of_its_heading()
    {
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        var page = Rendered.Layout!.Pages[2];
        var heading = page.Commands.OfType<DestinationCommand>().Single(d => d.Name == "cafe");
        var node = Bookmarks(pdf).Single(n => n.Title == "Café ★");
        Assert.Equal(page.Height - heading.Y, node.Destination.Coordinates.Top!.Value, 2);
    }

    [Fact]
    public void A_document_with_an_outline_opens_with_the_bookmarks_shown()
    {
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        Assert.Equal("UseOutlines", PdfInspection.Catalog(pdf, "PageMode"));
    }

    [Fact]
    public void Every_pdf_states_its_language_en_gb_unless_the_front_matter_names_another()
    {
        using (var pdf = PdfInspection.Open(Rendered.Bytes!))
            Assert.Equal("en-GB", PdfInspection.Catalog(pdf, "Lang"));
        using (var pdf = PdfInspection.Open(Render("---\nlang: en-US\n---\n\nColor.\n").Bytes!))
            Assert.Equal("en-US", PdfInspection.Catalog(pdf, "Lang"));
    }

    [Fact]
    public void A_one_page_document_or_one_whose_headings_are_all_unlisted_has_no_outline()
    {
        using (var pdf = PdfInspection.Open(Render("# One page {#one}\n\nShort.\n").Bytes!))
        {
            Assert.False(pdf.TryGetBookmarks(out _));
            Assert.Null(PdfInspection.Catalog(pdf, "PageMode"));
            Assert.Equal("en-GB", PdfInspection.Catalog(pdf, "Lang"));
        }
        using (
            var pdf = PdfInspection.Open(Render("# First {.unlisted}\n\n\\newpage\n\n# Second {.unlisted}\n").Bytes!)
        )
            Assert.False(pdf.TryGetBookmarks(out _));
    }

    [Fact]
    public void The_bookmarked_file_is_the_same_bytes_for_the_same_input()
    {
        Assert.Equal(Rendered.Bytes, Render(Chapters).Bytes);
    }

    [Fact]
    public void The_cover_page_has_no_footer_and_the_next_page_counts_it()
    {
        using var pdf = PdfInspection.Open(Rendered.Bytes!);
        Assert.DoesNotContain("Page", pdf.GetPage(1).Text);
        Assert.Contains("Page 2 of 3", pdf.GetPage(2).Text);
        Assert.False(Rendered.Layout!.Pages[0].HasPageLines);
    }

    [FactWithTool("qpdf")]
    public void Qpdf_finds_no_error_in_a_bookmarked_file()
    {
        QpdfCheck.Passes(Rendered.Bytes!);
    }
}
