using PrepPack.Diagnostics;
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

    /// <summary>A build whose unexpected failure is reported like any problem, so watching goes on to the next save.</summary>
    private BuildReport Build()
    {
        try
        {
            return PackBuilder.Build(options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var error = Diagnostic.Error(SourceLocation.WholeOf(options.Content), DiagnosticCodes.OutputFailed,
                $"The build stopped on a problem PrepPack did not expect ({e.GetType().Name}: {e.Message}); the last good pack is as it was.",
                "Still watching: save again after changing what you last edited.");
            return new BuildReport([], [error], 0);
        }
    }

    public async Task Run(Action<BuildReport> report, CancellationToken cancel)
    {
        var saves = Channel.CreateUnbounded<string>();
        using var content = Watch(options.Content, saves.Writer);
        using var templates = Watch(options.Templates, saves.Writer);
        report(Build());
        try
        {
            while (true)
            {
                await saves.Reader.ReadAsync(cancel);
                await UntilQuiet(saves.Reader, cancel);
                report(Build());
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
