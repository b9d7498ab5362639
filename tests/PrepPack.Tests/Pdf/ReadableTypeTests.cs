using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>A one-page document that shrinks below the theme's readable size says so, at the text to cut.</summary>
public partial class ReadableTypeTests
{
    private const string Front = "---\ntitle: Sheet\nfit: one-page\nmargin: 0.5in\n---\n\n";

    private static string Rows(int count, string title) =>
        string.Concat(
            Enumerable.Range(1, count).Select(i => $"| {title} {i} | **{i * 5}%** faster close, down from 2-3 h |\n")
        );

    private static string Items(int count, string title) =>
        string.Concat(
            Enumerable.Range(1, count).Select(i => $"- {title} {i}: **{i * 5}%** faster close, down from 2-3 h\n")
        );

    [Fact]
    public void A_page_shrunk_below_the_readable_size_by_long_titles_is_a_warning_at_the_longest_with_the_size_printed()
    {
        var title = "Rebuilt the quarterly claims reconciliation across three regional systems and two vendors";
        var longest = title + " so that finance could close the books five days sooner every single quarter";
        var markdown = Front + Items(69, title) + $"- {longest}: **5 days** sooner\n";
        var result = Typesetting.Render(markdown, "sheet.md");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PP0423");
        // The longest text's item: front matter (6 lines), then 69 items before it; its text after "- ".
        Assert.Equal(
            ("sheet.md", 76, 3),
            (Path.GetFileName(warning.Location.File), warning.Location.Line, warning.Location.Column)
        );
        Assert.Contains("'Rebuilt the quarterly claims reconciliation across…'", warning.Message);
        Assert.Contains("short_title", warning.Hint);
        // The size the message gives is the size the page printed at, and it is under the floor of 7 pt.
        var said = float.Parse(Size().Match(warning.Message).Groups[1].Value, CultureInfo.InvariantCulture);
        using var pdf = PdfInspection.Open(result.Bytes!);
        Assert.Equal(1, pdf.NumberOfPages);
        var printed = pdf.GetPage(1).Letters.Where(l => char.IsLetter(l.Value[0])).Min(l => l.PointSize);
        Assert.InRange(said, 3, 6.95);
        Assert.InRange(printed, said - 0.06, said + 0.06);
    }

    [Fact]
    public void A_page_that_shrinks_but_stays_above_the_readable_size_gives_no_warning()
    {
        var markdown = Front + "| Story | Numbers |\n|:--|:--|\n" + Rows(12, "Quoting funnel dashboard");
        var result = Typesetting.Render(markdown, "sheet.md");
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "PP0423");
    }

    [GeneratedRegex(@"shrunk to (\d+(?:\.\d)?) pt")]
    private static partial Regex Size();
}
