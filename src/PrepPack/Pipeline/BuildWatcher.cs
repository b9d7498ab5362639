using System.Threading.Channels;
using PrepPack.Content;
using PrepPack.Diagnostics;
using PrepPack.IO;

namespace PrepPack.Pipeline;

/// <summary>
/// Builds, then builds again after every save in the content and templates folders, once the
/// saves have paused (editors write a file in several steps). Runs until cancelled. A save that
/// makes the content invalid reports its diagnostics and leaves the last good outputs in place,
/// because a build with content errors writes nothing. Editors' own files (<see cref="EditorFiles"/>)
/// and the output folder are not saves; a watched folder that is moved away, deleted or replaced
/// is followed (<see cref="WatchedFolder"/>) and the change told.
/// </summary>
public sealed class BuildWatcher(BuildOptions options, TimeSpan? quiet = null, TimeSpan? check = null)
{
    private readonly TimeSpan _quiet = quiet ?? TimeSpan.FromMilliseconds(300);
    private readonly TimeSpan _check = check ?? TimeSpan.FromSeconds(1);

    /// <summary>A build whose unexpected failure is reported like any problem, so watching goes on to the next
    /// save.</summary>
    private BuildReport Build()
    {
        try
        {
            return PackBuilder.Build(options);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var error = Diagnostic.Error(
                SourceLocation.WholeOf(options.Content),
                DiagnosticCodes.OutputFailed,
                $"The build stopped on a problem PrepPack did not expect ({e.GetType().Name}: {e.Message}); the last "
                    + "good pack is as it was.",
                "Still watching: save again after changing what you last edited."
            );
            return new BuildReport([], [error], 0);
        }
    }

    /// <param name="notice">Told, in a sentence, when a watched folder goes, comes back or is replaced.</param>
    public async Task Run(Action<BuildReport> report, CancellationToken cancel, Action<string>? notice = null)
    {
        var events = Channel.CreateUnbounded<WatchEvent>();
        using var content = new WatchedFolder(
            options.Content,
            "The content folder",
            events.Writer,
            Ignored(options.Content),
            _check
        );
        using var templates = new WatchedFolder(
            options.Templates,
            "The templates folder",
            events.Writer,
            Ignored(options.Templates),
            _check
        );
        report(Build());
        try
        {
            while (true)
            {
                var notes = new List<string>();
                var first = await events.Reader.ReadAsync(cancel);
                if (first.Note is not null)
                    notes.Add(first.Note);
                await UntilQuiet(events.Reader, notes, cancel);
                foreach (var note in notes)
                    notice?.Invoke(note);
                report(Build());
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Ctrl+C: the last build stands.
        }
    }

    /// <summary>Editors' own files, and what the build itself writes when the output folder is inside the
    /// watched one (a content folder holding it is refused before watching; a templates folder may).</summary>
    private Func<string, bool> Ignored(string folder)
    {
        var output = Path.GetFullPath(options.Output);
        var outputInside = !FolderNesting.Within(Path.GetFullPath(folder), output);
        return path =>
            EditorFiles.Holds(path) || (outputInside && FolderNesting.Within(Path.GetFullPath(path), output));
    }

    private async Task UntilQuiet(ChannelReader<WatchEvent> events, List<string> notes, CancellationToken cancel)
    {
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            wait.CancelAfter(_quiet);
            try
            {
                var next = await events.ReadAsync(wait.Token);
                if (next.Note is not null)
                    notes.Add(next.Note);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
