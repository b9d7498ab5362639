using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Tests.Markdown;

/// <summary>
/// A <c>```chart</c> block read into its settings, labels and columns; a line it cannot read is a problem at that line.
/// </summary>
public class ChartBlockReaderTests
{
    private static (ChartBlock Chart, List<(int Line, int Column, string Message)> Problems) Read(string body)
    {
        var document = MarkdownParser.Parse("Before.\n\n```chart\n" + body + "\n```\n");
        var block = document.Descendants<FencedCodeBlock>().Single();
        Assert.True(ChartBlockReader.IsChart(block));
        var problems = new List<(int, int, string)>();
        var chart = ChartBlockReader.Read(block, (line, column, message) => problems.Add((line, column, message)));
        return (chart, problems);
    }

    [Fact]
    public void Settings_a_header_and_rows_become_a_title_alt_text_budget_labels_and_columns()
    {
        var (chart, problems) = Read(
            "title: Each day\nalt: Clarity rose.\nbudget: 2:00\n"
                + "Date | Clarity | Time\n|---|---|---|\n2026-11-14 | 3.0 | 2:40\n2026-11-15 | — | 1:55"
        );
        Assert.Empty(problems);
        Assert.Equal(("Each day", "Clarity rose.", 120), (chart.Title, chart.Alt, chart.Budget));
        Assert.Equal(["2026-11-14", "2026-11-15"], chart.Labels);
        Assert.Equal(new double?[] { 3.0, null }, chart.Columns[0].Values);
        Assert.False(chart.Columns[0].IsTime);
        Assert.True(chart.Columns[1].IsTime);
        Assert.Equal(new double?[] { 160, 115 }, chart.Columns[1].Values);
        Assert.True(chart.Drawable);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_a_problem_at_its_line_and_the_rest_of_the_chart_stays()
    {
        var (chart, problems) = Read("Date | Clarity\n2026-11-14 | 3\n2026-11-15 | lots\n2026-11-16 | 4");
        // The fence is line 2 (from 0); "2026-11-15" is the third line inside it.
        var problem = Assert.Single(problems);
        Assert.Equal((5, 14), (problem.Line, problem.Column));
        Assert.Contains("'lots' is not a number", problem.Message);
        Assert.Equal(new double?[] { 3, null, 4 }, chart.Columns[0].Values);
    }

    [Fact]
    public void An_unknown_setting_and_a_row_of_the_wrong_width_are_problems()
    {
        var (chart, problems) = Read("colour: red\nbudget: soon\nDate | Clarity\n2026-11-14 | 3 | 4");
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("'colour: red' is neither a setting"));
        Assert.Contains(problems, p => p.Message.Contains("budget 'soon'"));
        Assert.Contains(problems, p => p.Message.Contains("has 3 cells where its header has 2"));
        Assert.False(chart.Drawable);
    }
}
