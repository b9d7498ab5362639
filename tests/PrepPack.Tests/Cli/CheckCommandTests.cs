using PrepPack.Cli;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Cli;

namespace PrepPack.Tests.Cli;

public class CheckCommandTests
{
    [Fact]
    public void Check_on_the_sample_content_finds_no_problems_and_exits_zero()
    {
        var (exit, output, _) = Run("check", "--content", RepoPaths.SampleContent);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("No problems found in", output);
    }

    [Fact]
    public void Check_ends_with_how_ready_the_bank_is_and_what_it_still_misses()
    {
        var (_, output, _) = Run("check", "--content", RepoPaths.SampleBank);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("Ready: 5 of 6 interview themes. Missing:", lines[^3]);
        Assert.Equal(
            "  Teamwork: no story answers it yet: add 'teamwork' to the themes of a story that shows it, or write a "
                + "teamwork story.",
            lines[^2]
        );
        Assert.Equal("No problems found in 23 files.", lines[^1]);
    }

    [Fact]
    public void The_readiness_line_names_stories_without_follow_ups_and_themes_without_a_story()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        var (exit, output, _) = Run("check", "--content", fixture.Root);
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.Contains("warning PP0224"));
        Assert.Equal(
            [
                "Ready: 3 of 6 interview themes. Missing:",
                "  Leadership: gamma needs follow-ups.",
                "  Conflict: no story answers it yet: add 'conflict' to the themes of a story that shows it, or write "
                    + "a conflict story.",
                "  Teamwork: no story answers it yet: add 'teamwork' to the themes of a story that shows it, or write "
                    + "a teamwork story.",
            ],
            lines[^5..^1]
        );
        Assert.StartsWith("1 warning, no errors, in ", lines[^1]);
    }

    [Fact]
    public void A_bank_with_errors_has_no_readiness_line()
    {
        using var fixture = ContentFixture.WithRule("score-range");
        var (_, output, _) = Run("check", "--content", fixture.Root);
        Assert.DoesNotContain("Ready:", output);
    }

    [Fact]
    public void A_misspelt_field_a_score_of_seven_and_a_missing_story_give_three_errors_and_exit_one()
    {
        using var fixture = ContentFixture.WithRule("several-problems");
        File.WriteAllText(
            Path.Combine(fixture.Root, "profile.yaml"),
            File.ReadAllText(Path.Combine(fixture.Root, "profile.yaml")).Replace("story: beta", "story: betta")
        );

        var (exit, output, _) = Run("check", "--content", fixture.Root);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l =>
            l.EndsWith(
                "profile.yaml(10,14): error PP0108: The highlight names the story 'betta', but there is no such "
                    + "story. Did you mean 'beta'?"
            )
        );
        Assert.Contains(lines, l =>
            l.EndsWith("alpha.yaml(6,3): error PP0103: 'impcat' is not a field of scores. Did you mean 'impact'?")
        );
        Assert.Contains(lines, l => l.Contains("alpha.yaml(7,10): error PP0105: 'scope' in scores is 7"));
        Assert.StartsWith("4 errors in ", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains(": warning "));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_code_two()
    {
        var (exit, _, error) = Run("check", "--bogus");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("--bogus", error);
        Assert.Contains("preppack check --help", error);
    }

    [Fact]
    public void An_option_with_no_command_is_a_usage_error()
    {
        // Nothing at all prints the help (CliMannersTests); something that is not a command is a mistake.
        var (exit, _, error) = Run("--content", "content");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("preppack --help", error);
    }

    [Fact]
    public void Help_lists_the_check_command_and_its_content_option()
    {
        var (exit, output, _) = Run("check", "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--content", output);
        Assert.Contains("profile.yaml", output);
    }

    [Fact]
    public void A_content_folder_that_does_not_exist_exits_one_with_no_stack_trace()
    {
        var (exit, output, error) = Run("check", "--content", "/no/such/folder");
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0001", output);
        Assert.DoesNotContain("   at ", output + error);
    }
}
