using System.Threading.Channels;
using PrepPack.Content;

namespace PrepPack.Pipeline;

/// <summary>
/// One folder <see cref="BuildWatcher"/> watches, followed when it is replaced. An operating
/// system's watcher follows the folder it was given, not its name: a folder moved away and
/// copied back is a new folder, and the old watcher goes on watching the one moved away. So the
/// folder's identity (whether it exists, where its name leads, when it was made) is looked at
/// every little while and whenever the watcher reports an error; when it changed, the watcher
/// starts again on the folder the name now names, and a build follows. A folder gone, back, or
/// led to elsewhere by a link is told; one replaced in between two looks is followed quietly.
/// </summary>
internal sealed class WatchedFolder : IDisposable
{
    private readonly string _path;
    private readonly string _label;
    private readonly ChannelWriter<WatchEvent> _events;
    private readonly Func<string, bool> _ignored;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private Identity _identity;
    private bool _disposed;

    // Whether the watcher reported anything since the last look: a folder that changed while it did is the same folder.
    private volatile bool _sawChange;

    /// <param name="label">How the folder is named to the user: "the content folder".</param>
    /// <param name="ignored">Paths whose changes are not saves: editors' own files, the output folder.</param>
    public WatchedFolder(
        string path,
        string label,
        ChannelWriter<WatchEvent> events,
        Func<string, bool> ignored,
        TimeSpan check
    )
    {
        _path = path;
        _label = label;
        _events = events;
        _ignored = ignored;
        _identity = Identity.Of(path);
        _watcher = Start();
        _timer = new Timer(_ => Recheck(), null, check, check);
    }

    private FileSystemWatcher? Start()
    {
        if (!_identity.Exists)
            return null;
        try
        {
            var watcher = new FileSystemWatcher(_path) { IncludeSubdirectories = true };
            watcher.Changed += (_, e) => Saved(e.FullPath);
            watcher.Created += (_, e) => Saved(e.FullPath);
            watcher.Deleted += (_, e) => Saved(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Saved(e.OldFullPath);
                Saved(e.FullPath);
            };
            // The watcher lost track (its folder went, or too many changes at once): look again now.
            watcher.Error += (_, _) => Recheck();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Gone between the look and the start; the next look finds it, or says it is gone.
            return null;
        }
    }

    private void Saved(string path)
    {
        _sawChange = true;
        if (!_ignored(path))
            _events.TryWrite(new WatchEvent(path, null));
    }

    /// <summary>Starts the watcher again when the folder the name names is not the one being watched.</summary>
    private void Recheck()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            var now = Identity.Of(_path);
            var sawChange = _sawChange;
            _sawChange = false;
            if (now == _identity && (_watcher is not null || !now.Exists))
                return;
            var was = _identity;
            _identity = now;
            _watcher?.Dispose();
            _watcher = Start();
            // Where the system gives no creation time, a save at the top of the folder changes the time
            // read in its place: the watcher starts again all the same, quietly, and the save builds.
            if (now.Exists && was.Exists && now.Target == was.Target && sawChange)
                return;
            var note =
                !now.Exists ? $"{_label} {_path} was moved or deleted; watching for it to come back."
                : !was.Exists ? $"{_label} {_path} is back; watching it again."
                : now.Target != was.Target ? $"{_label} {_path} now leads to {now.Target}; watching that folder."
                : null;
            _events.TryWrite(new WatchEvent(_path, note));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
            _watcher?.Dispose();
        }
    }

    /// <summary>What tells one folder from another of the same name: a copy is made anew, a link may lead
    /// elsewhere.</summary>
    private readonly record struct Identity(bool Exists, string Target, DateTime Made)
    {
        public static Identity Of(string path)
        {
            try
            {
                if (!Directory.Exists(path))
                    return new Identity(false, "", default);
                var target = Directory.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName
                    ?? Path.GetFullPath(path);
                return new Identity(true, target, Directory.GetCreationTimeUtc(target));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new Identity(false, "", default);
            }
        }
    }
}

/// <summary>A save in a watched folder, or (with a note) a change to the folder itself.</summary>
internal sealed record WatchEvent(string Path, string? Note);
