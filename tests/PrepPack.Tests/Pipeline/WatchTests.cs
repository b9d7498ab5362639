using System.Collections.Concurrent;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

public class WatchTests
{
    [Fact]
    public async Task Watching_builds_once_then_again_after_a_story_is_saved()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws);
        var reports = watching.Reports;

        Assert.True(reports.TryTake(out var first, TimeSpan.FromSeconds(30)), "no first build");
        Assert.True(first.Succeeded);

        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t =>
            t.Replace("lesson: Own it.", "lesson: Own it, early.")
        );
        Assert.True(reports.TryTake(out var second, TimeSpan.FromSeconds(30)), "the save was not picked up");
        Assert.Contains(second.Outputs, o => o.Name == "cards.pdf" && o.Reason!.Contains("beta.yaml changed"));
    }

    [Fact]
    public async Task A_save_that_breaks_the_content_reports_it_and_keeps_the_last_good_pack()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws);
        var reports = watching.Reports;
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)));
        var cards = File.ReadAllBytes(ws.OutputFile("cards.pdf"));

        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t => t.Replace("  impact: 2", "  impact: 9"));
        Assert.True(reports.TryTake(out var broken, TimeSpan.FromSeconds(30)));
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PP0105");
        Assert.Equal(cards, File.ReadAllBytes(ws.OutputFile("cards.pdf")));
    }

    [Fact]
    public async Task A_content_folder_moved_away_and_copied_back_is_watched_again_and_its_saves_are_built()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws, check: TimeSpan.FromMilliseconds(100));
        var (reports, notices) = (watching.Reports, watching.Notices);
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "no first build");

        var away = ws.Content + ".away";
        Directory.Move(ws.Content, away);
        TempFolder.CopyInto(away, ws.Content);
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "the new folder was not built");
        while (reports.TryTake(out _, TimeSpan.FromSeconds(2)))
        {
            // The builds the move and the copy caused.
        }

        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t =>
            t.Replace("lesson: Own it.", "lesson: Own it, early.")
        );
        Assert.True(
            reports.TryTake(out var after, TimeSpan.FromSeconds(30)),
            "a save in the copied-back folder was not built"
        );
        Assert.Contains(after.Outputs, o => o.Name == "cards.pdf" && o.Reason!.Contains("beta.yaml changed"));
    }

    [Fact]
    public async Task A_content_folder_deleted_while_watching_is_said_to_be_gone_and_then_back()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws, check: TimeSpan.FromMilliseconds(100));
        var (reports, notices) = (watching.Reports, watching.Notices);
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "no first build");

        var away = ws.Content + ".away";
        Directory.Move(ws.Content, away);
        Assert.True(notices.TryTake(out var gone, TimeSpan.FromSeconds(30)));
        Assert.Contains("was moved or deleted; watching for it to come back", gone);
        Directory.Move(away, ws.Content);
        Assert.True(notices.TryTake(out var back, TimeSpan.FromSeconds(30)));
        Assert.Contains("is back; watching it again", back);
    }

    [Fact]
    public async Task An_editors_lock_and_swap_files_do_not_start_a_build_and_do_not_break_one()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws);
        var reports = watching.Reports;
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)));

        var stories = Path.Combine(ws.Content, "stories");
        File.CreateSymbolicLink(Path.Combine(stories, ".#beta.yaml"), "user@host.1234:1700000000");
        File.WriteAllText(Path.Combine(stories, ".beta.yaml.swp"), "\0\0");
        File.WriteAllText(Path.Combine(stories, "beta.yaml~"), "old");
        File.WriteAllText(Path.Combine(stories, "4913"), "");
        Assert.False(reports.TryTake(out _, TimeSpan.FromSeconds(2)), "an editor's own file started a build");

        ws.Edit(Path.Combine(stories, "beta.yaml"), t => t.Replace("lesson: Own it.", "lesson: Own it, early."));
        Assert.True(reports.TryTake(out var saved, TimeSpan.FromSeconds(30)));
        Assert.True(saved.Succeeded, string.Join("\n", saved.Diagnostics));
    }

    [Fact]
    public async Task A_save_at_the_top_of_the_content_folder_is_a_save_not_a_replaced_folder()
    {
        using var ws = new PackWorkspace();
        await using var watching = Watching.Start(ws, check: TimeSpan.FromMilliseconds(100));
        var (reports, notices) = (watching.Reports, watching.Notices);
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "no first build");

        // As editors save: a new file beside the old, then moved over it.
        var profile = Path.Combine(ws.Content, "profile.yaml");
        File.WriteAllText(profile + ".new", File.ReadAllText(profile).Replace("Sam Reyes", "Sam R. Reyes"));
        File.Move(profile + ".new", profile, overwrite: true);
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "the save was not built");
        Assert.False(notices.TryTake(out var notice, TimeSpan.FromSeconds(1)), $"a save was told as: {notice}");
    }

    /// <summary>A watch running on a workspace: its builds and notices as they come, stopped when disposed.</summary>
    private sealed class Watching : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _running = Task.CompletedTask;

        public BlockingCollection<BuildReport> Reports { get; } = new();
        public BlockingCollection<string> Notices { get; } = new();

        public static Watching Start(PackWorkspace ws, TimeSpan? check = null)
        {
            var watching = new Watching();
            var watcher = new BuildWatcher(
                new BuildOptions(ws.Content, ws.Templates, ws.Output),
                TimeSpan.FromMilliseconds(100),
                check
            );
            watching._running = Task.Run(() =>
                watcher.Run(watching.Reports.Add, watching._stop.Token, watching.Notices.Add)
            );
            return watching;
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            await _running.WaitAsync(TimeSpan.FromSeconds(10));
            _stop.Dispose();
        }
    }
}
