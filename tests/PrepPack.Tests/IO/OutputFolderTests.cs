using PrepPack.Tests.Support;

namespace PrepPack.Tests.IO;

public class OutputFolderTests
{
    [Fact]
    public void A_temporary_file_left_by_a_stopped_build_is_removed_by_the_next_build()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        var stray = Path.Combine(ws.Output, $".cards.pdf.{Guid.NewGuid():N}.tmp");
        var strayMarkdown = Path.Combine(ws.Output, ".preppack", "markdown", $".cards.md.{Guid.NewGuid():N}.tmp");
        var users = Path.Combine(ws.Output, ".notes.tmp");
        File.WriteAllText(stray, "half a pdf");
        File.WriteAllText(strayMarkdown, "half a document");
        File.WriteAllText(users, "mine");
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("lesson: Test early.", "lesson: Test earlier.")
        );

        ws.Build();

        Assert.False(File.Exists(stray));
        Assert.False(File.Exists(strayMarkdown));
        Assert.True(File.Exists(users));
    }
}
