using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>A one-page document does not shrink in silence for one long text in a table.</summary>
public class WideColumnTests
{
    private const string Front = "---\ntitle: Sheet\nfit: one-page\nmargin: 0.5in\n---\n\n";

    [Fact]
    public void A_table_column_made_wider_than_half_the_table_by_one_long_title_is_a_warning_at_that_title()
    {
        var title = string.Join(" ", Enumerable.Repeat("reconciled claims across regional systems", 5));
        var markdown =
            Front
            + "| Story | Numbers |\n|:--|:--|\n| Short title | **15 min** refresh time, down from 2-3 h |\n| "
            + title
            + " | **5 days** sooner |\n";
        var result = Typesetting.Render(markdown, "sheet.md");
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PP0421");
        Assert.Equal(("sheet.md", 10), (Path.GetFileName(warning.Location.File), warning.Location.Line));
        Assert.Contains("% of the table's width", warning.Message);
        // The page still prints, on one page.
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Equal(1, pdf.NumberOfPages);
    }

    [Fact]
    public void Columns_that_share_the_width_fairly_give_no_warning()
    {
        var markdown =
            Front
            + "| Story | Numbers |\n|:--|:--|\n| Quoting funnel dashboard | **15 min** refresh time, down from 2-3 h; "
            + "**10 → 1** reports |\n";
        var result = Typesetting.Render(markdown, "sheet.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PP0421");
    }
}
