using PrepPack.Diagnostics;
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

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void Measuring_whether_content_fits_one_page_agrees_with_laying_it_out(int lines)
    {
        // One-page fitting tries many type sizes by measuring alone; the page count it trusts is the layout's.
        Element Content() =>
            new Column([
                Lines(2),
                new Box(Lines(Math.Max(1, lines)), new BoxStyle { Padding = Thickness.All(2) }),
                Lines(lines),
            ]);
        var setup = Page(contentHeight: 96);
        var laidOut = Paginate(setup, Content());
        Assert.Equal(
            laidOut.Document is { Pages.Count: 1 },
            Paginator.FitsOnePage([new PageSection(setup, () => Content())])
        );
    }

    [Fact]
    public void Two_sections_with_content_never_measure_as_one_page()
    {
        var setup = Page(contentHeight: 96);
        Assert.False(
            Paginator.FitsOnePage([new PageSection(setup, () => Lines(1)), new PageSection(setup, () => Lines(1))])
        );
        Assert.True(
            Paginator.FitsOnePage([
                new PageSection(setup, () => Lines(1)),
                new PageSection(setup, () => new Column([])),
            ])
        );
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
        Assert.StartsWith(
            "The box 'card' at line 4 of cards.md does not fit on an empty page (120 pt tall",
            outcome.Problem.Message
        );
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
        var pages = PageTexts(
            Paginate(Page(contentHeight: 200), new Column([Paragraph("first"), new PageBreak(), Paragraph("second")]))
        );
        Assert.Equal(["first", "second"], pages);
    }

    [Fact]
    public void A_table_repeats_its_header_row_on_every_page()
    {
        var rows = Enumerable.Range(1, 6).Select(i => (IReadOnlyList<TableCell>)[Cell($"row{i}"), Cell("x")]).ToList();
        var table = new Table([Cell("Head"), Cell("Value")], rows, new TableStyle { CellPadding = Thickness.All(0) });
        var pages = PageTexts(Paginate(Page(contentHeight: 48), table));
        Assert.Equal(["Head Value\nrow1 x\nrow2 x\nrow3 x", "Head Value\nrow4 x\nrow5 x\nrow6 x"], pages);
    }

    private static TableCell Cell(string text)
    {
        var p = Paragraph(text);
        return new TableCell(p, p.MinContentWidth, p.MaxContentWidth);
    }

    /// <summary>A table with a header row; body row i is <paramref name="lines"/>[i] lines tall (12 pt a line, no
    /// padding).</summary>
    private static Table TableOf(params int[] lines) =>
        new(
            [Cell("Head"), Cell("Value")],
            lines
                .Select(
                    (n, i) =>
                        (IReadOnlyList<TableCell>)
                            [
                                Cell(
                                    string.Join(
                                        "\n",
                                        Enumerable.Range(1, n).Select(l => l == 1 ? $"row{i + 1}" : $"row{i + 1}.{l}")
                                    )
                                ),
                                Cell("x"),
                            ]
                )
                .ToList(),
            new TableStyle { CellPadding = Thickness.All(0) }
        );

    [Fact]
    public void A_table_never_leaves_one_row_alone_at_the_foot_of_a_page()
    {
        // After three lines, the 60 pt page has room for the header and one row: the table moves on whole.
        var pages = PageTexts(Paginate(Page(contentHeight: 60), new Column([Lines(3), TableOf(1, 1, 1)])));
        Assert.Equal(["line1\nline2\nline3", "Head Value\nrow1 x\nrow2 x\nrow3 x"], pages);
    }

    [Fact]
    public void A_table_never_carries_one_row_alone_to_the_next_page()
    {
        // Four rows of which three fit: two and two, not three and one.
        var pages = PageTexts(Paginate(Page(contentHeight: 48), TableOf(1, 1, 1, 1)));
        Assert.Equal(["Head Value\nrow1 x\nrow2 x", "Head Value\nrow3 x\nrow4 x"], pages);
    }

    [Fact]
    public void A_short_table_that_would_break_around_a_lone_row_moves_to_the_next_page_whole()
    {
        // Two of three rows fit after the lines: 2 + 1 leaves a widow and 1 + 2 an orphan.
        var pages = PageTexts(Paginate(Page(contentHeight: 72), new Column([Lines(3), TableOf(1, 1, 1)])));
        Assert.Equal(["line1\nline2\nline3", "Head Value\nrow1 x\nrow2 x\nrow3 x"], pages);
    }

    [Fact]
    public void Rows_taller_than_half_a_page_break_one_to_a_page_instead_of_stopping_the_layout()
    {
        // Each row takes 36 of the page's 48 pt with the header: no two rows ever share a page.
        var outcome = Paginate(Page(contentHeight: 48), new Column([Lines(1), TableOf(3, 3, 3)]));
        var pages = PageTexts(outcome);
        Assert.Equal(4, pages.Count);
        Assert.Equal("line1", pages[0]);
        Assert.All(pages.Skip(1).Select((text, i) => (text, i)), p =>
            Assert.StartsWith($"Head Value\nrow{p.i + 1} x", p.text)
        );
    }

    [Fact]
    public void A_heading_stays_with_the_first_row_of_a_table_whose_rows_are_too_tall_to_pair()
    {
        var heading = Paragraph("Heading");
        var column = new Column([Lines(2), heading, TableOf(2, 2)]);
        column.KeepWithNext.Add(heading);
        var pages = PageTexts(Paginate(Page(contentHeight: 60), column));
        Assert.Equal(["line1\nline2", "Heading\nHead Value\nrow1 x\nrow1.2", "Head Value\nrow2 x\nrow2.2"], pages);
    }

    [Fact]
    public void A_table_row_taller_than_an_empty_page_is_an_error_that_names_the_table()
    {
        var table = TableOf(1, 6, 1);
        table.Source = "the table at line 3 of binder.md";
        var outcome = Paginate(Page(contentHeight: 48), new Column([table]));
        Assert.False(outcome.Succeeded);
        Assert.Equal(LayoutProblemKind.TooBigForPage, outcome.Problem!.Kind);
        Assert.StartsWith("The table at line 3 of binder.md does not fit on an empty page", outcome.Problem.Message);
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
        Assert.Equal(
            SpacePlan.Full(paragraph.Measure(new Size(300, 36)).Width, 36),
            paragraph.Measure(new Size(300, 36))
        );
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

    [Fact]
    public void Sections_lay_out_on_pages_of_their_own_setup_numbered_on_from_the_section_before()
    {
        var portrait = Page(contentHeight: 48) with
        {
            Height = 48 + 40,
            Margins = new Thickness(0, 20, 0, 20),
            Footer = "Page {page} of {pages}",
            HeaderFooterStyle = Body,
        };
        var landscape = portrait with { Width = portrait.Height, Height = portrait.Width, Margins = Thickness.All(10) };
        var outcome = new Paginator(Faces).Run(
            [
                new PageSection(portrait, () => Lines(5)),
                new PageSection(landscape, () => Lines(2)),
                new PageSection(portrait, () => Lines(1)),
            ],
            new SourceLocation("test.md", 0, 0)
        );
        var pages = PageTexts(outcome);
        Assert.Equal(
            [(300f, 88f), (300f, 88f), (88f, 300f), (300f, 88f)],
            outcome.Document!.Pages.Select(p => (p.Width, p.Height))
        );
        // Each section starts a page; the landscape one's footer is set on its own page, numbered on.
        Assert.Equal(
            [
                "line1\nline2\nline3\nPage 1 of 4",
                "line4\nline5\nPage 2 of 4",
                "line1\nline2\nPage 3 of 4",
                "line1\nPage 4 of 4",
            ],
            pages
        );
    }

    [Fact]
    public void A_section_with_nothing_in_it_takes_no_page()
    {
        var outcome = new Paginator(Faces).Run(
            [
                new PageSection(Page(contentHeight: 48), () => Lines(1)),
                new PageSection(Page(contentHeight: 48), () => new Column([])),
            ],
            new SourceLocation("test.md", 0, 0)
        );
        Assert.Single(outcome.Document!.Pages);
    }
}
