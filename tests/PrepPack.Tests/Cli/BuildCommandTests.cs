using PrepPack.Cli;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

public class BuildCommandTests
{
    private static (int Exit, string Out) Run(params string[] args)
    {
        var (exit, output, _) = Support.Cli.Run(args);
        return (exit, output);
    }

    [Fact]
    public void Build_prints_a_line_per_output_and_exits_zero()
    {
        using var ws = new PackWorkspace();
        var (exit, output) = Run("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"cards\.pdf\s+rebuilt\s+2 pages", output);
        Assert.Matches(@"matrix\.pdf\s+rebuilt\s+1 page ", output);
        Assert.Contains("9 of 9 outputs rebuilt, 0 up to date", output);
    }

    [Fact]
    public void Build_with_content_errors_exits_one_and_prints_them()
    {
        using var ws = new PackWorkspace("unknown-field");
        var (exit, output) = Run("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("error PP0103: 'impcat' is not a field of scores. Did you mean 'impact'?", output);
        Assert.Contains("0 of 0 outputs rebuilt", output);
    }

    [Fact]
    public void A_weak_story_builds_and_its_warning_is_printed_at_its_line_and_column()
    {
        using var ws = new PackWorkspace("percent-disagrees");
        var (exit, output) = Run("build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("alpha.yaml(15,3): warning PP0225: '50%' does not match 'from 40 to 10 minutes'", output);
        Assert.Contains("1 warning, no errors", output);
    }

    [Fact]
    public void Build_help_names_its_three_folders()
    {
        var (exit, output) = Run("build", "--help");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--content", output);
        Assert.Contains("--templates", output);
        Assert.Contains("--out", output);
    }
}
