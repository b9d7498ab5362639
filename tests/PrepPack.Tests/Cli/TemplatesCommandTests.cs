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
        var repository = Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Templates, f)).Order(StringComparer.Ordinal).ToList();
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
            Assert.Equal(File.ReadAllBytes(Path.Combine(BuiltInTemplates.Folder, file)), File.ReadAllBytes(Path.Combine(target, file)));
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
}
