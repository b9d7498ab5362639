using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Tests.Content;

/// <summary>
/// A YAML mistake does not hide the next one in the same file: each independent mistake is
/// reported at its own line, none that the first one causes is, and when lines cannot be read
/// the hint says which, so the user knows the file may hold more.
/// </summary>
public class YamlRecoveryTests
{
    private static List<Diagnostic> Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlFile.ParseMapping("story.yaml", yaml, diagnostics, YamlFile.StoryFields, YamlFile.StoryStart);
        Assert.Null(root);
        return diagnostics.ToList();
    }

    private const string Story = """
        id: alpha
        title: Alpha project
        themes: [impact]
        scores:
          impact: 5
          scope: 4
        card:
          context: Reports took 5 days.
          result: 5 days to 1.
        star:
          situation: Reports took five days.
          result: Reports are 1 day old now.
        follow_ups:
          - question: Why not buy a tool?
            answer: The data needed cleaning first.
        """;

    private static string Broken(params (int Line, string Text)[] changes)
    {
        var lines = Story.Split('\n');
        foreach (var (line, text) in changes)
            lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    [Fact]
    public void A_tab_a_quote_never_closed_and_a_colon_in_a_value_in_three_fields_are_three_errors_in_order()
    {
        var found = Parse(
            Broken(
                (5, "\timpact: 5"),
                (8, "  context: \"Reports took 5 days."),
                (15, "    answer: The data: it needed cleaning first.")
            )
        );

        Assert.Equal([5, 8, 15], found.Select(d => d.Line));
        Assert.All(found, d => Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code));
        Assert.Contains("tab", found[0].Message);
        Assert.Contains("never closed", found[1].Message);
        Assert.Contains("': '", found[2].Message);
    }

    [Fact]
    public void A_bracket_never_closed_is_one_error_and_the_fields_after_it_are_not_blamed()
    {
        var found = Parse(Broken((3, "themes: [impact, leadership")));

        var error = Assert.Single(found);
        Assert.Equal((3, 9), (error.Line, error.Column));
    }

    [Fact]
    public void A_mistake_inside_a_group_says_which_lines_of_the_group_were_not_checked()
    {
        var found = Parse(Broken((8, "  context: Reports: took 5 days.")));

        var error = Assert.Single(found);
        Assert.Equal(8, error.Line);
        Assert.Contains("line 9 is not checked", error.Hint);
    }

    [Fact]
    public void A_mistake_in_the_last_lines_of_the_file_says_nothing_of_lines_not_checked()
    {
        var found = Parse(Broken((15, "    answer: The data: it needed cleaning first.")));

        var error = Assert.Single(found);
        Assert.DoesNotContain("not checked", error.Hint);
    }

    [Fact]
    public void An_alias_whose_anchor_is_above_the_first_mistake_is_not_blamed_and_the_hint_says_more_may_follow()
    {
        var yaml = Broken((2, "title: &name Alpha project"), (5, "\timpact: 5"), (11, "  situation: *name"));

        var error = Assert.Single(Parse(yaml));
        Assert.Equal(5, error.Line);
        Assert.Contains("lines 6 to the end are not checked", error.Hint);
    }

    [Fact]
    public void A_file_of_nothing_but_mistakes_is_read_a_bounded_number_of_times()
    {
        var yaml = string.Concat(Enumerable.Range(0, 500).Select(i => $"field{i}: a: b\n"));

        var found = Parse(yaml);

        Assert.Equal(YamlRecovery.MostReadings, found.Count);
        Assert.Contains("not checked", found[^1].Hint);
    }

    [Fact]
    public void A_second_mistake_with_windows_line_ends_is_found_at_its_own_line()
    {
        var yaml = Broken((5, "\timpact: 5"), (12, "  result: Reports: 1 day old now.")).Replace("\n", "\r\n");

        Assert.Equal([5, 12], Parse(yaml).Select(d => d.Line));
    }
}
