using PrepPack.Tests.Support;
using UglyToad.PdfPig;

namespace PrepPack.Tests.Pdf;

/// <summary>The sample binder's pages as they print: where tables break, which way pages lie, the cheat sheet's
/// page.</summary>
public class BinderPageTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    /// <summary>The theme's table grid colour, #c8ccd0: how the table cells are told from boxes.</summary>
    internal static readonly (byte, byte, byte) Grid = (0xc8, 0xcc, 0xd0);

    /// <summary>Each place a table goes on from one page to the next: the rows before the break and the rows after
    /// it.</summary>
    internal static IReadOnlyList<(int Page, string Header, int Before, int After)> TableBreaks(PdfDocument pdf)
    {
        var breaks = new List<(int, string, int, int)>();
        for (var number = 2; number <= pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            var previous = PdfTables.Parts(pdf.GetPage(number - 1), Grid);
            if (PdfTables.Parts(page, Grid) is not [var first, ..] || previous is not [.., var last])
                continue;
            if (first.Header == last.Header && PdfTables.StartsPage(page, first.Top))
                breaks.Add((number, first.Header, last.BodyRows, first.BodyRows));
        }
        return breaks;
    }

    [Fact]
    public void No_table_in_the_binder_leaves_a_row_alone_on_either_side_of_a_page_break()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var breaks = TableBreaks(pdf);
        // The sample's Amazon principles run over two pages.
        Assert.Contains(breaks, b => b.Header.StartsWith("Principle Coverage"));
        Assert.All(breaks, b =>
            Assert.True(
                b.Before >= 2 && b.After >= 2,
                $"The table '{b.Header}' breaks before page {b.Page} with {b.Before} row(s) before and {b.After} after."
            )
        );
    }

    private static int BookmarkPage(PdfDocument pdf, string title)
    {
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        return bookmarks
            .Roots.OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>()
            .Single(b => b.Title == title)
            .PageNumber;
    }

    [Fact]
    public void The_project_matrix_is_a_landscape_page_of_the_binders_paper_and_every_other_page_is_portrait()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var matrix = BookmarkPage(pdf, "Project matrix");
        var page = pdf.GetPage(matrix);
        Assert.True(page.Width > page.Height, $"The matrix page is {page.Width} x {page.Height}.");
        Assert.StartsWith("Project matrix", PdfText.Of(page));
        foreach (var other in pdf.GetPages().Where(p => p.Number != matrix))
            Assert.Equal((page.Height, page.Width), (other.Width, other.Height));
        // Its page number follows on from the portrait pages before it.
        Assert.Contains($"Page {matrix} of {pdf.NumberOfPages}", page.Text);
    }

    [Fact]
    public void On_its_landscape_page_the_matrix_highlights_take_at_most_two_lines_as_in_matrix_pdf()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var table = Assert.Single(PdfTables.Parts(pdf.GetPage(BookmarkPage(pdf, "Project matrix")), Grid));
        Assert.Equal(10, table.BodyRows);
        // Two lines of 10 pt type at 1.3, and the cell padding: a third line would need 13 pt more.
        Assert.InRange(table.TallestRow, 20, 2 * 13 + 2 * 4 + 1);
    }

    [Fact]
    public void The_cheat_sheet_in_the_binder_is_one_page_with_the_same_text_and_type_as_cheatsheet_pdf()
    {
        using var binder = PdfInspection.Open(pack.Read("binder.pdf"));
        using var sheet = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        var start = BookmarkPage(binder, "Cheat sheet");
        // The cheat sheet ends the binder: one page means it is the last.
        Assert.Equal(binder.NumberOfPages, start);
        var inBinder = binder.GetPage(start);
        var alone = sheet.GetPage(1);
        Assert.Equal((alone.Width, alone.Height), (inBinder.Width, inBinder.Height));
        // The footers differ (page numbers in the binder); everything above them is the same.
        Assert.Equal(PdfText.Lines(alone).SkipLast(1), PdfText.Lines(inBinder).SkipLast(1));
        Assert.Equal(
            alone.Letters.Select(l => Math.Round(l.PointSize, 2)).Distinct().Order(),
            inBinder.Letters.Select(l => Math.Round(l.PointSize, 2)).Distinct().Order()
        );
    }
}
