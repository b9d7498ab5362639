using PrepPack.Cli;
using PrepPack.IO;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.IO;

public class FolderNestingTests
{
    [LinuxFact]
    public void A_content_folder_that_is_a_link_to_the_root_is_refused_by_every_command_that_reads_it()
    {
        using var temp = new TempFolder();
        var link = temp.Combine("content");
        Directory.CreateSymbolicLink(link, "/");
        foreach (var command in new[] { "build", "check", "watch", "coverage" })
        {
            var (exit, output, error) = Support.Cli.Run(command, "--content", link);
            Assert.Equal(ExitCodes.UsageError, exit);
            Assert.Equal("", output);
            Assert.Contains($"the content folder '{link}' (which leads to '/') is the root of the disk", error);
            Assert.Contains("--content", error);
        }
    }

    [Fact]
    public void The_home_folder_as_content_is_refused_with_where_to_keep_the_bank_instead()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var (exit, _, error) = Support.Cli.Run("check", "--content", home);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("is your home folder", error);
        Assert.Contains("a folder of its own", error);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("watch")]
    [InlineData("preview")]
    public void An_output_folder_inside_the_content_folder_is_refused_naming_both_and_writes_nothing(string command)
    {
        using var ws = new PackWorkspace();
        var inside = Path.Combine(ws.Content, "pack");
        string[] preview = command == "preview" ? ["cheatsheet"] : [];
        var (exit, _, error) = Support.Cli.Run([
            command,
            .. preview,
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            inside,
        ]);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains($"the output folder '{inside}' is inside the content folder '{ws.Content}'", error);
        Assert.Contains("--out output", error);
        Assert.False(Directory.Exists(inside));
    }

    [Fact]
    public void An_output_folder_that_is_the_content_folder_is_refused()
    {
        using var ws = new PackWorkspace();
        var (exit, _, error) = Support.Cli.Run(
            "build",
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            ws.Content
        );
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains($"the output folder '{ws.Content}' is the content folder", error);
    }

    [LinuxFact]
    public void An_output_folder_reached_through_a_link_into_the_content_folder_is_refused()
    {
        using var ws = new PackWorkspace();
        Directory.CreateDirectory(Path.Combine(ws.Content, "pack"));
        var link = ws.Content + "-pack";
        Directory.CreateSymbolicLink(link, Path.Combine(ws.Content, "pack"));
        Assert.Contains("is inside the content folder", FolderNesting.Problem(ws.Content, link));
    }

    [Fact]
    public void An_output_folder_beside_the_content_folder_is_accepted()
    {
        using var ws = new PackWorkspace();
        Assert.Null(FolderNesting.Problem(ws.Content, ws.Output));
        Assert.Null(FolderNesting.Problem(ws.Content, ws.Content + "-out"));
    }

    [Fact]
    public void An_output_folder_that_is_the_templates_folder_is_refused()
    {
        using var ws = new PackWorkspace();
        var (exit, _, error) = Support.Cli.Run(
            "watch",
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            ws.Templates
        );
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains($"the output folder '{ws.Templates}' is the templates folder", error);
        Assert.Contains("--out output", error);
    }
}
