using System.Collections.Concurrent;
using PrepPack.Build;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Build;

public class WatchTests
{
    [Fact]
    public async Task Watching_builds_once_then_again_after_a_story_is_saved()
    {
        using var ws = new PackWorkspace();
        var reports = new BlockingCollection<BuildReport>();
        using var stop = new CancellationTokenSource();
        var watcher = new BuildWatcher(new BuildOptions(ws.Content, ws.Templates, ws.Output), quiet: TimeSpan.FromMilliseconds(100));
        var running = Task.Run(() => watcher.Run(reports.Add, stop.Token));

        Assert.True(reports.TryTake(out var first, TimeSpan.FromSeconds(30)), "no first build");
        Assert.True(first.Succeeded);

        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t => t.Replace("lesson: Own it.", "lesson: Own it, early."));
        Assert.True(reports.TryTake(out var second, TimeSpan.FromSeconds(30)), "the save was not picked up");
        Assert.Contains(second.Outputs, o => o.Name == "cards.pdf" && o.Reason!.Contains("beta.yaml changed"));

        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_save_that_breaks_the_content_reports_it_and_keeps_the_last_good_pack()
    {
        using var ws = new PackWorkspace();
        var reports = new BlockingCollection<BuildReport>();
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() => new BuildWatcher(new BuildOptions(ws.Content, ws.Templates, ws.Output), TimeSpan.FromMilliseconds(100)).Run(reports.Add, stop.Token));
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)));
        var cards = File.ReadAllBytes(ws.OutputFile("cards.pdf"));

        ws.Edit(Path.Combine(ws.Content, "stories", "beta.yaml"), t => t.Replace("  impact: 2", "  impact: 9"));
        Assert.True(reports.TryTake(out var broken, TimeSpan.FromSeconds(30)));
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "PP0105");
        Assert.Equal(cards, File.ReadAllBytes(ws.OutputFile("cards.pdf")));

        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
