using PrepPack.Tests.Support;
using UglyToad.PdfPig;

namespace PrepPack.Tests.Pdf;

/// <summary>The sample binder's pages as they print: where tables break, which way pages lie, the cheat sheet's page.</summary>
public class BinderPageTests(SamplePack pack) : IClassFixture<SamplePack>
{
    /// <summary>The theme's table grid colour, #c8ccd0: how the table cells are told from boxes.</summary>
    internal static readonly (byte, byte, byte) Grid = (0xc8, 0xcc, 0xd0);

    /// <summary>Each place a table goes on from one page to the next: the rows before the break and the rows after it.</summary>
    internal static IReadOnlyList<(int Page, string Header, int Before, int After)> TableBreaks(PdfDocument pdf)
    {
        var breaks = new List<(int, string, int, int)>();
        for (var number = 2; number <= pdf.NumberOfPages; number++)
        {
            var page = pdf.GetPage(number);
            var previous = PdfTables.Parts(pdf.GetPage(number - 1), Grid);
            if (PdfTables.Parts(page, Grid) is not [var first, ..] || previous is not [.., var last]) continue;
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
        Assert.All(breaks, b => Assert.True(b.Before >= 2 && b.After >= 2, $"The table '{b.Header}' breaks before page {b.Page} with {b.Before} row(s) before and {b.After} after."));
    }
}
