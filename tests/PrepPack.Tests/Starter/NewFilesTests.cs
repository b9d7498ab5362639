using PrepPack.Diagnostics;
using PrepPack.IO;
using PrepPack.Starter;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Starter;

/// <summary>The files init, templates and schema make: all of them, or none, and nothing of the user's
/// touched.</summary>
public class NewFilesTests
{
    // Longer than any file system allows for one name, so writing it fails after the files before it were written.
    private static readonly string Unwritable = new string('x', 300) + ".yaml";

    [Fact]
    public void When_one_file_cannot_be_written_the_files_and_folders_made_before_it_are_removed_again()
    {
        using var folder = new TempFolder();
        var root = folder.Combine("bank");
        var files = new NewFiles(root, "--out DIR");
        files.Add("content/profile.yaml", "name: A\n");
        files.Add("content/stories/a.yaml", "id: a\n");
        files.Add(Path.Combine("content", "stories", Unwritable), "id: b\n");
        var diagnostics = new DiagnosticBag();
        Assert.Empty(files.Write("", diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.FileNotWritten, error.Code);
        Assert.Contains("nothing was written", error.Message);
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void A_failed_write_keeps_every_file_and_folder_that_was_there_before()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content", "stories"));
        File.WriteAllText(folder.Combine("content", "stories", "mine.yaml"), "id: mine\n");
        var files = new NewFiles(folder.Path, "--out DIR");
        files.Add("content/stories/a.yaml", "id: a\n");
        files.Add("schemas/story.schema.json", "{}");
        files.Add(Path.Combine("schemas", Unwritable), "{}");
        Assert.Empty(files.Write("", new DiagnosticBag()));
        Assert.Equal(
            [
                folder.Combine("content"),
                folder.Combine("content", "stories"),
                folder.Combine("content", "stories", "mine.yaml"),
            ],
            Directory
                .EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
        );
        Assert.Equal("id: mine\n", File.ReadAllText(folder.Combine("content", "stories", "mine.yaml")));
    }
}
