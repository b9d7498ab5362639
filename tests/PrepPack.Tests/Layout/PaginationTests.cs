using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

public class PaginationTests
{
    private static IReadOnlyList<string> PageTexts(LayoutOutcome outcome)
    {
        Assert.True(outcome.Succeeded, outcome.Problem?.ToString());
        return outcome.Document!.Pages.Select(p => p.PlainText).ToList();
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next_page_by_whole_lines()
    {
        var pages = PageTexts(Paginate(Page(contentHeight: 48), Lines(7)));
        Assert.Equal(["line1\nline2\nline3\nline4", "line5\nline6\nline7"], pages);
    }

    [Fact]
    public void A_paragraph_never_carries_a_single_line_over_to_the_next_page()
    {
        // Five lines on a page that holds four would leave "line5" alone: a widow.
        var pages = PageTexts(Paginate(Page(contentHeight: 48), Lines(5)));
        Assert.Equal(["line1\nline2\nline3", "line4\nline5"], pages);
    }

    [Fact]
    public void A_paragraph_never_leaves_a_single_line_at_the_foot_of_a_page()
    {
        // Room for one line after the first paragraph: the second must not start there alone.
        var content = new Column([Lines(3), Lines(3)]);
        var pages = PageTexts(Paginate(Page(contentHeight: 48), content));
        Assert.Equal(["line1\nline2\nline3", "line1\nline2\nline3"], pages);
    }

    [Fact]
    public void A_box_that_does_not_fit_the_rest_of_a_page_moves_whole_to_the_next()
    {
        var box = new Box(Lines(3), new BoxStyle { Padding = Thickness.All(2) });
        var pages = PageTexts(Paginate(Page(contentHeight: 60), new Column([Lines(2), box])));
        Assert.Equal(["line1\nline2", "line1\nline2\nline3"], pages);
    }

    [Fact]
    public void A_box_taller_than_an_empty_page_is_an_error_that_names_it()
    {
        var box = new Box(Lines(10), new BoxStyle()) { Source = "the box 'card' at line 4 of cards.md" };
        var outcome = Paginate(Page(contentHeight: 60), new Column([box]));
        Assert.False(outcome.Succeeded);
        Assert.Equal(LayoutProblemKind.TooBigForPage, outcome.Problem!.Kind);
        Assert.StartsWith("The box 'card' at line 4 of cards.md does not fit on an empty page (120 pt tall", outcome.Problem.Message);
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page_with_its_text()
    {
        var heading = Paragraph("Heading");
        var column = new Column([Lines(3), heading, Lines(3)]);
        column.KeepWithNext.Add(heading);
        var pages = PageTexts(Paginate(Page(contentHeight: 60), column));
        Assert.Equal(["line1\nline2\nline3", "Heading\nline1\nline2\nline3"], pages);
    }

    [Fact]
    public void A_page_break_starts_a_new_page()
    {
        var pages = PageTexts(Paginate(Page(contentHeight: 200), new Column([Paragraph("first"), new PageBreak(), Paragraph("second")])));
        Assert.Equal(["first", "second"], pages);
    }

    [Fact]
    public void A_table_repeats_its_header_row_on_every_page()
    {
        TableCell Cell(string text) { var p = Paragraph(text); return new TableCell(p, p.MinContentWidth, p.MaxContentWidth); }
        var rows = Enumerable.Range(1, 6).Select(i => (IReadOnlyList<TableCell>)[Cell($"row{i}"), Cell("x")]).ToList();
        var table = new Table([Cell("Head"), Cell("Value")], rows, new TableStyle { CellPadding = Thickness.All(0) });
        var pages = PageTexts(Paginate(Page(contentHeight: 48), table));
        Assert.Equal(["Head Value\nrow1 x\nrow2 x\nrow3 x", "Head Value\nrow4 x\nrow5 x\nrow6 x"], pages);
    }

    [Fact]
    public void Content_that_fits_gives_one_page_even_when_empty()
    {
        var outcome = Paginate(Page(contentHeight: 100), new Column([]));
        Assert.Single(outcome.Document!.Pages);
    }

    [Fact]
    public void Measuring_changes_nothing_and_drawing_moves_on()
    {
        var paragraph = Lines(5);
        var first = paragraph.Measure(new Size(300, 24));
        Assert.Equal(first, paragraph.Measure(new Size(300, 24)));
        Assert.Equal(SpacePlanType.PartialRender, first.Type);
        var page = new RecordedPage(1, 300, 24);
        paragraph.Draw(new Size(300, 24), new DrawContext(page, new PageContext()));
        Assert.Equal(SpacePlan.Full(paragraph.Measure(new Size(300, 36)).Width, 36), paragraph.Measure(new Size(300, 36)));
    }

    [Fact]
    public void A_plain_page_has_no_header_or_footer_and_the_pages_after_it_still_count_it()
    {
        var setup = Page(contentHeight: 48) with
        {
            Height = 48 + 40,
            Margins = new Thickness(0, 20, 0, 20),
            Header = "Header {page}",
            Footer = "Page {page} of {pages}",
            HeaderFooterStyle = Body,
        };
        var content = new Column([new PlainPage(Lines(2)), new PageBreak(), Lines(2)]);
        var outcome = Paginate(setup, content);
        var pages = PageTexts(outcome);
        Assert.Equal("line1\nline2", pages[0]);
        // Header and footer are stamped last, so they come last in drawing order.
        Assert.Equal("line1\nline2\nHeader 2\nPage 2 of 2", pages[1]);
        Assert.Equal([false, true], outcome.Document!.Pages.Select(p => p.HasPageLines));
        Assert.StartsWith("page 1 (300 x 88), no header or footer\n", LayoutDump.Write(outcome.Document));
    }
}
