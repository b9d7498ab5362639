using System.Text.Json;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>
/// Text the user typed that YAML would leave out or reshape without a word: a ' #' in a value, a
/// list item folded into the text above, names with commas where a list is expected, and the
/// layout mistakes that make a file unreadable, each reported at its own line with the fix.
/// </summary>
public class YamlTextKeptTests
{
    private static List<Diagnostic> Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        YamlFile.ParseMapping("story.yaml", yaml, diagnostics, YamlFile.StoryFields, YamlFile.StoryStart);
        return diagnostics.Sorted().ToList();
    }

    [Fact]
    public void A_comment_after_a_value_is_a_warning_at_the_hash_that_says_what_is_left_out_and_how_to_keep_it()
    {
        var warning = Assert.Single(Parse("id: a\ncard:\n  action_1: Shadowed #12 triage nurses for a week\n"));
        Assert.Equal(
            (DiagnosticSeverity.Warning, DiagnosticCodes.CommentCutsValue, 3, 22),
            (warning.Severity, warning.Code, warning.Line, warning.Column)
        );
        Assert.Contains(
            "'#12 triage nurses for a week' is left out of the pack and this value reads only 'Shadowed'",
            warning.Message
        );
        Assert.Contains("\"Shadowed #12 triage nurses for a week\"", warning.Hint);
    }

    [Fact]
    public void A_comment_that_takes_the_whole_value_says_the_value_is_empty()
    {
        var warning = Assert.Single(Parse("id: a\nresult: #1 in the region\n"));
        Assert.Equal((2, 9), (warning.Line, warning.Column));
        Assert.Contains("this value is empty", warning.Message);
    }

    [Fact]
    public void A_comment_in_a_list_item_or_on_the_last_line_of_a_long_value_is_found_too()
    {
        var found = Parse("actions:\n  - Fixed issue #40 first\nresult: Cut the wait\n  for issue #7 reports\n");
        Assert.Equal([(2, 17), (4, 13)], found.Select(d => (d.Line, d.Column)));
        Assert.All(found, d => Assert.Equal(DiagnosticCodes.CommentCutsValue, d.Code));
    }

    [Fact]
    public void A_list_item_that_is_all_comment_is_a_warning_that_it_is_empty()
    {
        var warning = Assert.Single(Parse("actions:\n  - #1 priority: the queue\n  - Cut the wait\n"));
        Assert.Equal((DiagnosticCodes.CommentCutsValue, 2, 5), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("this value is empty", warning.Message);
    }

    [Theory]
    [InlineData("# yaml-language-server: $schema=../../schemas/story.schema.json\nid: a\n")]
    [InlineData("id: a\n# a note of my own\ntitle: x\n")]
    [InlineData("title: \"Shadowed #12 triage nurses\" # quoted\n")]
    [InlineData("title: 'C# and #12' # quoted\n")]
    [InlineData("title: Writes C# daily\n")]
    [InlineData("card: # the card\n  context: x\n")]
    [InlineData("themes: [impact, leadership] # two\n")]
    [InlineData("result: | # kept as written\n  Line one #1\n")]
    [InlineData("primary: quote-funnel             # the story to tell\n")]
    [InlineData("action_1: Turned the whiteboard into a queue.\t# my idea\n")]
    [InlineData("follow_ups: # asked often\n- question: a\n  answer: b\n")]
    public void A_comment_on_its_own_line_after_a_quoted_value_or_set_apart_from_the_value_stays_silent(string yaml)
    {
        Assert.Empty(Parse(yaml));
    }

    [Fact]
    public void A_list_item_indented_off_its_list_is_a_warning_at_its_dash_saying_to_line_the_dashes_up()
    {
        var warning = Assert.Single(
            Parse("actions:\n  - I called them and lost them.\n   - I cut the screen.\n  - I set up a weekly call.\n")
        );
        Assert.Equal((DiagnosticCodes.DashFoldedIntoText, 3, 4), (warning.Code, warning.Line, warning.Column));
        Assert.Contains("start this '- ' at column 3, under the '- ' on line 2", warning.Hint);
    }

    [Fact]
    public void A_dash_line_inside_a_text_value_is_a_warning_but_a_block_kept_as_written_is_not()
    {
        Assert.Equal([3], Parse("card:\n  action_1: Called them.\n    - Cut the screen.\n").Select(d => d.Line));
        Assert.Equal([4], Parse("story:\n  says: >\n    First\n    - second\n").Select(d => d.Line));
        Assert.Empty(Parse("result: |\n  - one\n  - two\n"));
    }

    [Theory]
    [InlineData("actions:\n  -Built a pipeline\n  -Added tests\n", "write '- Built a pipeline'")]
    [InlineData("actions:\n  • Built a pipeline\n  • Added tests\n", "write '- Built a pipeline'")]
    public void Lines_that_look_like_list_items_but_are_not_are_each_a_warning_saying_how_to_start_an_item(
        string yaml,
        string hint
    )
    {
        var found = Parse(yaml);
        Assert.Equal([(2, 3), (3, 3)], found.Select(d => (d.Line, d.Column)));
        Assert.All(found, d => Assert.Equal(DiagnosticCodes.DashFoldedIntoText, d.Code));
        Assert.Contains(hint, found[0].Hint);
    }

    [Theory]
    [InlineData("action_1: !Important fix\n", "'!Important'", "\"!Important fix\"")]
    [InlineData("action_1: &team lead\n", "'&team'", "\"&team lead\"")]
    public void A_first_word_yaml_reads_as_markup_is_a_warning_that_it_is_left_out(
        string yaml,
        string word,
        string quoted
    )
    {
        var warning = Assert.Single(Parse(yaml));
        Assert.Equal((DiagnosticCodes.WordReadAsMarkup, 1, 11), (warning.Code, warning.Line, warning.Column));
        Assert.Contains(word, warning.Message);
        Assert.Contains(quoted, warning.Hint);
    }

    [Theory]
    [InlineData("action_1: @mentioned the team\n", "action_1: \"@mentioned the team\"")]
    [InlineData("action_1: `code` review\n", "action_1: \"`code` review\"")]
    [InlineData("action_1: \"Built\" a pipeline\n", "action_1: '\"Built\" a pipeline'")]
    [InlineData("action_1: [Draft] a pipeline\n", "action_1: \"[Draft] a pipeline\"")]
    [InlineData("result: > 50% faster\n", "result: \"> 50% faster\"")]
    [InlineData("result: - 20% churn\n", "result: \"- 20% churn\"")]
    [InlineData("result: *key* step\n", "result: \"*key* step\"")]
    public void A_value_that_starts_with_a_yaml_sign_is_an_error_at_it_with_the_quoted_value_to_write(
        string yaml,
        string written
    )
    {
        var error = Assert.Single(Parse("id: a\n" + yaml + "title: x\n"));
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2), (error.Code, error.Line));
        Assert.Contains(written, error.Hint);
    }

    [Theory]
    [InlineData("id: a\nscores:\n  impact:5\n  scope: 4\n", 3, 9, "Put a space after the colon: 'impact: 5'.")]
    [InlineData("id: a\ntitle:Alpha\nflagship: true\n", 2, 6, "Put a space after the colon: 'title: Alpha'.")]
    [InlineData("id: a\nscores:\n\timpact: 5\n", 3, 1, "Replace the tab with spaces")]
    [InlineData("id: a\nscores:\n  impact: 5\n   scope: 4\n", 4, 4, "Line up 'scope:' with 'impact:' (column 3).")]
    [InlineData("id: a\nscores:\n  impact: 5\n scope: 4\n", 4, 2, "Line up 'scope:' with 'impact:' (column 3)")]
    [InlineData(
        "numbers:\n  - value: 5\n  measures: x\n",
        3,
        3,
        "Indent 'measures:' by 2 more spaces, to line up with 'value:' on line 2."
    )]
    [InlineData("actions:\n    - one\n   - two\n    - three\n", 3, 4, "start this '- ' at column 5")]
    [InlineData(
        "id: a\ncard:\ncontext: x\ntask: y\n  action_1: z\n",
        3,
        1,
        "Indent 'context:' under 'card:' by two spaces"
    )]
    [InlineData(
        "actions:\n  * Built a pipeline\n  * Added tests\n",
        2,
        3,
        "Start each item with '- ' instead of '* '."
    )]
    public void A_layout_mistake_that_stops_yaml_is_reported_at_its_own_line_with_the_fix_and_nothing_else(
        string yaml,
        int line,
        int column,
        string hint
    )
    {
        var error = Assert.Single(Parse(yaml));
        Assert.Equal((DiagnosticCodes.YamlSyntax, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(hint, error.Hint);
        Assert.DoesNotContain("quotes", error.Hint);
    }

    [Fact]
    public void The_layout_scan_finds_no_mistake_in_any_file_that_yaml_reads()
    {
        // The scan runs only when a file fails; on files that parse it must find nothing, or it would blame good lines.
        using var fresh = new TempFolder();
        Support.Cli.Run("init", fresh.Path);
        var files = Directory
            .EnumerateFiles(RepoPaths.SampleContent, "*.yaml", SearchOption.AllDirectories)
            .Concat(
                Directory.EnumerateFiles(Path.Combine(fresh.Path, "content"), "*.yaml", SearchOption.AllDirectories)
            )
            .Concat(
                Directory.EnumerateFiles(
                    Path.Combine(RepoPaths.Fixtures, "MinimalBank"),
                    "*.yaml",
                    SearchOption.AllDirectories
                )
            )
            .Append(Path.Combine(RepoPaths.Templates, "theme.yaml"))
            .ToList();
        Assert.True(files.Count > 20);
        foreach (var file in files)
            Assert.True(
                YamlCauses.Find(File.ReadAllText(file)).Count == 0,
                $"{file}: "
                    + string.Join(
                        "; ",
                        YamlCauses.Find(File.ReadAllText(file)).Select(c => $"{c.Line},{c.Column} {c.Message}")
                    )
            );
    }

    [Fact]
    public void A_comment_inside_brackets_is_an_error_at_the_hash_not_an_unclosed_bracket()
    {
        var error = Assert.Single(Parse("id: a\nthemes: [impact #1, leadership]\ntitle: x\n"));
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2, 17), (error.Code, error.Line, error.Column));
        Assert.Contains("' #' starts a comment, even inside brackets", error.Message);
        Assert.Contains("\"impact #1\"", error.Hint);
    }

    [Fact]
    public void A_colon_inside_a_value_still_gets_the_quoting_hint()
    {
        var error = Assert.Single(Parse("id: a\nresult: cut time: 5 days to 1\n"));
        Assert.Contains("must be put in quotes", error.Hint);
    }

    [Fact]
    public void Fields_of_a_group_written_without_indenting_are_one_error_at_the_first_naming_the_group()
    {
        using var ws = new PackWorkspace();
        var alpha = Path.Combine(ws.Content, "stories", "alpha.yaml");
        ws.Edit(alpha, t =>
            t.Replace("\n  context:", "\ncontext:")
                .Replace("\n  task: Make them daily.\n  action_1", "\ntask: Make them daily.\naction_1")
                .Replace("\n  action_2:", "\naction_2:")
                .Replace("\n  result: 5 days", "\nresult: 5 days")
                .Replace("\n  lesson:", "\nlesson:")
        );
        var (exit, output, _) = Support.Cli.Run("check", "--content", ws.Content);

        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains(" error PP"));
        Assert.Contains(
            "alpha.yaml(11,1): error PP0118: 'context:' and the 5 fields after it are not indented under 'card:'",
            line
        );
        Assert.Contains("Indent 'context:' under 'card:' by two spaces, and the lines after it up to 'lesson:'.", line);
    }

    [Fact]
    public void Themes_with_commas_and_no_brackets_are_kept_as_typed_with_a_warning_giving_the_bracketed_list()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("themes: [impact]", "themes: impact, leadership")
        );
        var (exit, output, _) = Support.Cli.Run("check", "--content", ws.Content);

        Assert.Equal(0, exit);
        Assert.Contains("alpha.yaml(4,9): warning PP0252: 'impact, leadership' is read as one theme", output);
        Assert.Contains("Write the list in brackets: themes: [impact, leadership].", output);
    }

    [Fact]
    public void Principles_with_commas_and_no_brackets_are_an_error_giving_the_bracketed_list()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("  acme: [grit, craft]", "  acme: grit, craft")
        );
        var (exit, output, _) = Support.Cli.Run("check", "--content", ws.Content);

        Assert.Equal(1, exit);
        Assert.Contains("error PP0110: 'grit, craft' is read as one principle of 'acme'", output);
        Assert.Contains("Write the list in brackets: acme: [grit, craft].", output);
    }

    [Fact]
    public void Check_build_and_json_show_the_same_warning_for_a_comment_in_a_value()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("action_1: Built a pipeline.", "action_1: Built pipeline #2.")
        );
        var check = Support.Cli.Run("check", "--content", ws.Content).Out;
        var build = Support
            .Cli.Run("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output)
            .Out;
        var json = Support.Cli.Run("check", "--content", ws.Content, "--format", "json").Out;

        const string Expected =
            "alpha.yaml(13,28): warning PP0250: In YAML ' #' starts a comment, so '#2.' is left out";
        Assert.Contains(Expected, check);
        Assert.Contains(Expected, build);
        var diagnostic = JsonDocument
            .Parse(json)
            .RootElement.GetProperty("diagnostics")
            .EnumerateArray()
            .Single(d => d.GetProperty("code").GetString() == "PP0250");
        Assert.Equal(
            (13, 28, "warning"),
            (
                diagnostic.GetProperty("line").GetInt32(),
                diagnostic.GetProperty("column").GetInt32(),
                diagnostic.GetProperty("severity").GetString()
            )
        );
    }

    [Fact]
    public void The_sample_content_and_a_new_bank_raise_none_of_these_warnings()
    {
        var (_, sample, _) = Support.Cli.Run("check", "--content", RepoPaths.SampleContent);
        Assert.DoesNotMatch("PP025[0-3]|PP0118", sample);
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path);
        var (_, fresh, _) = Support.Cli.Run("check", "--content", Path.Combine(folder.Path, "content"));
        Assert.DoesNotMatch("PP025[0-3]|PP0118", fresh);
    }
}
