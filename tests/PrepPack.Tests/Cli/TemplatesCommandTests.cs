using PrepPack.Cli;
using PrepPack.Templates;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary><c>preppack templates</c>: the built-in templates copied out to edit, over nothing of the user's.</summary>
public class TemplatesCommandTests
{
    [Fact]
    public void The_built_in_templates_are_the_repository_templates()
    {
        var repository = Directory
            .EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Templates, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(repository, BuiltInTemplates.Files);
        Assert.Contains("theme.yaml", BuiltInTemplates.Files);
        Assert.Contains("fonts/README.md", BuiltInTemplates.Files);
    }

    [Fact]
    public void Templates_copies_every_built_in_file_and_lists_it()
    {
        using var folder = new TempFolder();
        var target = folder.Combine("templates");
        var (exit, output, _) = Support.Cli.Run("templates", "--out", target);
        Assert.Equal(ExitCodes.Success, exit);
        foreach (var file in BuiltInTemplates.Files)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(BuiltInTemplates.Folder, file)),
                File.ReadAllBytes(Path.Combine(target, file))
            );
            Assert.Contains(Path.Combine(target, file), output);
        }
    }

    [Fact]
    public void Templates_refuses_to_write_over_an_edited_theme_and_copies_nothing()
    {
        using var folder = new TempFolder();
        var target = folder.Combine("templates");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "theme.yaml"), "# mine\n");
        var (exit, output, _) = Support.Cli.Run("templates", "--out", target);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"{Path.Combine(target, "theme.yaml")}: error PP0006:", output);
        Assert.Equal("# mine\n", File.ReadAllText(Path.Combine(target, "theme.yaml")));
        Assert.Single(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public void Templates_are_never_copied_through_a_folder_that_is_a_link_out_of_the_folder_named()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var target = folder.Combine("templates");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(Path.Combine(target, "fonts"), elsewhere.Path);
        var (exit, output, _) = Support.Cli.Run("templates", "--out", target);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{Path.Combine(target, "fonts")}: error PP0010: This folder is a link to {elsewhere.Path}",
            output
        );
        Assert.DoesNotContain("Copied the built-in templates", output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
        Assert.Single(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public void Schemas_are_never_written_through_a_file_that_is_a_link_out_of_their_folder_and_none_is_written()
    {
        using var folder = new TempFolder();
        var outside = folder.Combine("bashrc");
        File.WriteAllText(outside, "keep me\n");
        var target = folder.Combine("schemas");
        Directory.CreateDirectory(target);
        File.CreateSymbolicLink(Path.Combine(target, "story.schema.json"), outside);
        var (exit, output, _) = Support.Cli.Run("schema", "--out", target);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{Path.Combine(target, "story.schema.json")}: error PP0010: This file is a link to {outside}",
            output
        );
        Assert.Equal("keep me\n", File.ReadAllText(outside));
        Assert.Single(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public void Schemas_written_again_replace_the_older_copies_and_leave_no_temporary_file()
    {
        using var folder = new TempFolder();
        var target = folder.Combine("schemas");
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("schema", "--out", target).Exit);
        File.WriteAllText(Path.Combine(target, "story.schema.json"), "{}");
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("schema", "--out", target).Exit);
        Assert.NotEqual("{}", File.ReadAllText(Path.Combine(target, "story.schema.json")));
        Assert.DoesNotContain(Directory.EnumerateFiles(target), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
