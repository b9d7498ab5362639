using System.Threading.Channels;

namespace PrepPack.Build;

/// <summary>
/// Builds, then builds again after every save in the content and templates folders, once the
/// saves have paused (editors write a file in several steps). Runs until cancelled. A save that
/// makes the content invalid reports its diagnostics and leaves the last good outputs in place,
/// because a build with content errors writes nothing.
/// </summary>
public sealed class BuildWatcher(BuildOptions options, TimeSpan? quiet = null)
{
    private readonly TimeSpan _quiet = quiet ?? TimeSpan.FromMilliseconds(300);

    public async Task Run(Action<BuildReport> report, CancellationToken cancel)
    {
        var saves = Channel.CreateUnbounded<string>();
        using var content = Watch(options.Content, saves.Writer);
        using var templates = Watch(options.Templates, saves.Writer);
        report(PackBuilder.Build(options));
        try
        {
            while (true)
            {
                await saves.Reader.ReadAsync(cancel);
                await UntilQuiet(saves.Reader, cancel);
                report(PackBuilder.Build(options));
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C: the last build stands.
        }
    }

    private async Task UntilQuiet(ChannelReader<string> saves, CancellationToken cancel)
    {
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(_quiet);
            try
            {
                await saves.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static FileSystemWatcher? Watch(string folder, ChannelWriter<string> saves)
    {
        if (!Directory.Exists(folder)) return null;
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, e) => saves.TryWrite(e.FullPath);
        watcher.Created += (_, e) => saves.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => saves.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => saves.TryWrite(e.FullPath);
        return watcher;
    }
}
