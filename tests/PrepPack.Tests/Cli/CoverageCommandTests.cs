using PrepPack.Cli;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Cli;

namespace PrepPack.Tests.Cli;

public class CoverageCommandTests
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Fixtures, "CoverageBank");

    [Fact]
    public void Coverage_prints_a_table_per_framework_with_status_stories_and_reason_and_exits_zero()
    {
        var (exit, output, _) = Run("coverage", "--content", Fixture);
        Assert.Equal(ExitCodes.Success, exit);
        Golden.Match(output.Replace(Fixture, "{content}"), "Coverage", "coverage-command.txt");
    }

    [Fact]
    public void Coverage_of_the_sample_shows_its_thin_and_gap_principles_in_words()
    {
        var (exit, output, _) = Run("coverage", "--content", RepoPaths.SampleBank, "--framework", "amazon");
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.Split('\n');
        Assert.Contains(lines, l =>
            l.StartsWith("Strive to be Earth's Best Employer") && l.Contains(" gap ") && l.Contains("no story shows it")
        );
        Assert.Contains(lines, l =>
            l.StartsWith("Hire and Develop the Best") && l.Contains(" thin ") && l.Contains("crm-migration (weak)")
        );
        Assert.Contains("9 strong, 6 thin, 1 gap.", output);
        Assert.DoesNotContain("Meta: Leadership and execution", output);
    }

    [Fact]
    public void An_unknown_framework_is_a_usage_error_that_suggests_the_closest()
    {
        var (exit, output, error) = Run("coverage", "--content", RepoPaths.SampleBank, "--framework", "amazn");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("preppack: there is no framework 'amazn'. Did you mean 'amazon'?", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void An_unknown_framework_far_from_any_lists_the_frameworks()
    {
        var (exit, _, error) = Run("coverage", "--content", RepoPaths.SampleBank, "--framework", "google");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("The frameworks are: amazon, meta.", error);
    }

    [Fact]
    public void Coverage_of_content_with_errors_prints_them_and_exits_one()
    {
        using var fixture = ContentFixture.WithRule("unknown-field");
        var (exit, output, _) = Run("coverage", "--content", fixture.Root);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0103", output);
        Assert.DoesNotContain("strong", output);
    }

    [Fact]
    public void Coverage_help_names_its_options()
    {
        var (exit, output, _) = Run("coverage", "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--content", output);
        Assert.Contains("--framework", output);
    }

    [Fact]
    public void Check_ends_with_a_coverage_summary_per_framework_saying_what_to_add()
    {
        var (exit, output, _) = Run("check", "--content", RepoPaths.SampleBank);
        Assert.Equal(ExitCodes.Success, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("Coverage of Meta (Leadership and execution): 4 strong, 0 thin, 0 gaps.", lines[^4]);
        Assert.Contains("Coverage of Amazon (Leadership Principles): 9 strong, 6 thin, 1 gap.", lines);
        Assert.Contains("  thin  Think Big — only one story: add a backup.", lines);
        Assert.Contains(
            "  gap   Strive to be Earth's Best Employer — no story shows it, but 'onboarding-guide' and "
                + "'crm-migration' show Meta's 'People growth': "
                + "add 'strive-to-be-earths-best-employer' to the principles of one of them, or write a story for it.",
            lines
        );
    }

    [Fact]
    public void Check_with_content_errors_says_coverage_waits_on_them()
    {
        using var fixture = ContentFixture.WithRule("unknown-field");
        var (_, output, _) = Run("check", "--content", fixture.Root);
        Assert.DoesNotContain("Coverage of", output);
        Assert.Contains("are shown once the errors above are fixed", output);
    }
}
