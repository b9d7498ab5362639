using PrepPack.Diagnostics;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

public class WideTableTests
{
    private static string Table(int columns, Func<int, string> cell) =>
        "| "
        + string.Join(" | ", Enumerable.Range(1, columns).Select(c => $"h{c}"))
        + " |\n"
        + "|"
        + string.Concat(Enumerable.Repeat("---|", columns))
        + "\n"
        + "| "
        + string.Join(" | ", Enumerable.Range(1, columns).Select(cell))
        + " |\n";

    [Fact]
    public void A_table_too_wide_to_print_is_an_error_naming_its_source_and_how_many_columns_fit()
    {
        var result = Render($"---\ntitle: Wide\n---\n\nIntro.\n\n{Table(1000, c => c.ToString())}", "wide.md");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TableTooWide, error.Code);
        Assert.Equal(("wide.md", 7), (error.File, error.Line));
        Assert.Matches(
            @"^The table at line 7 of wide\.md has 1000 columns, but only \d+ fit across the page",
            error.Message
        );
        Assert.Contains("fewer columns", error.Hint);
    }

    [Fact]
    public void Forty_columns_of_long_words_are_an_error_rather_than_an_empty_grey_bar()
    {
        var result = Render($"---\ntitle: Wide\n---\n\n{Table(40, c => $"Incomprehensibilities{c}")}", "wide.md");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TableTooWide, error.Code);
        var fitting = int.Parse(
            System.Text.RegularExpressions.Regex.Match(error.Message, @"only (\d+) fit").Groups[1].Value
        );
        Assert.InRange(fitting, 1, 39);
    }

    [Fact]
    public void A_too_wide_table_inside_a_box_is_named_itself_not_the_box()
    {
        var result = Render($"---\ntitle: Wide\n---\n\n::: card\n{Table(300, c => "x")}:::\n", "wide.md");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TableTooWide, error.Code);
        Assert.StartsWith("The table at line 6 of wide.md has 300 columns", error.Message);
    }

    [Fact]
    public void A_table_whose_longest_words_do_not_fit_side_by_side_still_prints_every_cell()
    {
        var result = Render($"---\ntitle: Wide\n---\n\n{Table(12, c => $"Incomprehensibilities{c}")}", "wide.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = result.Layout!.Pages[0].PlainText.Replace("\n", "").Replace(" ", "");
        Assert.All(Enumerable.Range(1, 12), c => Assert.Contains($"h{c}", text));
        // Every cell holds its word, cut into pieces that each fit the column.
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(text, "I").Count);
    }
}
