using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Incremental;

/// <summary>
/// A build reads each input file at most once, and a build with nothing changed reads none: a file
/// with the size and time the last build recorded is taken as unchanged, unless that time is too
/// close to when the last build looked to tell an edit made within the same tick.
/// </summary>
public class InputReadTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    /// <summary>A workspace whose files were all last written an hour ago, as a story bank is between edits.</summary>
    private static PackWorkspace Settled()
    {
        var ws = new PackWorkspace();
        foreach (var folder in new[] { ws.Content, ws.Templates })
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
                File.SetLastWriteTimeUtc(file, LongAgo);
            foreach (
                var inner in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder)
            )
                Directory.SetLastWriteTimeUtc(inner, LongAgo);
        }
        return ws;
    }

    private static BuildReport Build(PackWorkspace ws, CountingFiles? files = null) =>
        PackBuilder.Build(
            new BuildOptions(ws.Content, ws.Templates, ws.Output) { Disk = files ?? new CountingFiles() }
        );

    private static string Alpha(PackWorkspace ws) => Path.Combine(ws.Content, "stories", "alpha.yaml");

    [Fact]
    public void A_build_with_nothing_changed_reads_no_input_file()
    {
        using var ws = Settled();
        Assert.True(Build(ws).Succeeded);
        var files = new CountingFiles();
        var report = Build(ws, files);
        Assert.All(report.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
        Assert.Empty(files.Reads);
        Assert.Empty(report.InputsRead);
    }

    [Fact]
    public void The_first_build_reads_each_input_once_though_many_outputs_share_its_partials()
    {
        using var ws = Settled();
        var files = new CountingFiles();
        var report = Build(ws, files);
        Assert.True(report.Succeeded);
        Assert.All(files.Reads, r => Assert.Equal(1, r.Value));
        Assert.Contains("templates/_card_bullets.sbn", files.Reads.Keys);
        Assert.Contains("stories/alpha.yaml", files.Reads.Keys);
        Assert.Contains("templates/theme.yaml", files.Reads.Keys);
    }

    [Fact]
    public void A_build_after_editing_one_story_reads_each_input_at_most_once()
    {
        using var ws = Settled();
        Build(ws);
        ws.Edit(Alpha(ws), t => t.Replace("lesson: ", "lesson: Early, "));
        var files = new CountingFiles();
        var report = Build(ws, files);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == "cards.pdf").Status);
        Assert.All(files.Reads, r => Assert.Equal(1, r.Value));
        Assert.Contains("stories/alpha.yaml", files.Reads.Keys);
        Assert.Equal(files.Reads.Count, report.InputsRead.Count);
    }

    [Fact]
    public void An_edit_that_keeps_the_size_and_time_is_seen_when_the_time_is_that_of_the_last_build()
    {
        using var ws = Settled();
        // Written just before the build, as an editor's save followed at once by a build.
        ws.Edit(Alpha(ws), t => t.Replace("lesson: ", "lesson: Soon, "));
        Build(ws);
        var written = File.GetLastWriteTimeUtc(Alpha(ws));
        // The same number of bytes within the same tick of the clock: size and time alone cannot tell.
        ws.Edit(Alpha(ws), t => t.Replace("lesson: Soon, ", "lesson: Late, "));
        File.SetLastWriteTimeUtc(Alpha(ws), written);

        var report = Build(ws);
        var cards = report.Outputs.Single(o => o.Name == "cards.pdf");
        Assert.Equal(OutputStatus.Written, cards.Status);
        Assert.Contains("alpha.yaml changed", cards.Reason);
    }

    [Fact]
    public void A_story_restored_with_an_older_time_is_seen_as_changed()
    {
        using var ws = Settled();
        Build(ws);
        ws.Edit(Alpha(ws), t => t.Replace("lesson: ", "lesson: Once, "));
        File.SetLastWriteTimeUtc(Alpha(ws), LongAgo.AddDays(-30));
        var report = Build(ws);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == "cards.pdf").Status);
    }

    [Fact]
    public void A_story_saved_again_unchanged_is_read_once_and_rebuilds_nothing()
    {
        using var ws = Settled();
        Build(ws);
        File.SetLastWriteTimeUtc(Alpha(ws), DateTime.UtcNow);
        var files = new CountingFiles();
        var report = Build(ws, files);
        Assert.All(report.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
        Assert.Equal(new Dictionary<string, int> { ["stories/alpha.yaml"] = 1 }, files.Reads);
    }

    [Fact]
    public void A_story_added_to_the_folder_is_seen_though_no_file_the_record_names_changed()
    {
        using var ws = Settled();
        Build(ws);
        File.Copy(Alpha(ws), Path.Combine(ws.Content, "stories", "gamma.yaml"));
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t => t.Replace("id: alpha", "id: gamma"));
        Directory.SetLastWriteTimeUtc(Path.Combine(ws.Content, "stories"), LongAgo);
        var report = Build(ws);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == "cards.pdf").Status);
    }
}
