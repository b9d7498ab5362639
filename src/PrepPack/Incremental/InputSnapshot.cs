using PrepPack.Content;
using PrepPack.IO;

namespace PrepPack.Incremental;

/// <summary>
/// Every input of one build as the build found it, each file read at most once: the check for a
/// build with nothing to do, the content readers, the templates and the build record all take
/// their bytes and hashes from here. A file whose size and last-write time are those the last
/// build recorded keeps its recorded hash and is not read for it, as make and git do; so a build
/// with nothing to do reads no input at all.
/// </summary>
/// <remarks>
/// A time is not trusted when it is too close to the moment the last build looked: an edit made
/// within the same tick of the file system's clock can keep both size and time. Such a file is
/// hashed again, as is any file whose size or time differ at all (an edit, a touch, a copy restored
/// with an older date). A tick is a few milliseconds where file times have fractions of a second,
/// and up to two seconds where they are whole seconds (FAT keeps even seconds).
/// </remarks>
public sealed class InputSnapshot : IFileSource
{
    private static readonly TimeSpan FineTick = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan CoarseTick = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyDictionary<string, FileState> _recorded;
    private readonly long _recordedAt;
    private readonly IFileSource _disk;
    private readonly Dictionary<string, InputFile> _files = new(StringComparer.Ordinal);

    /// <param name="recorded">Each input as the last build recorded it, by path.</param>
    /// <param name="recordedAt">When the last build began to look at its inputs.</param>
    /// <param name="disk">Where files are read from.</param>
    public InputSnapshot(IReadOnlyDictionary<string, FileState> recorded, DateTime recordedAt, IFileSource disk)
    {
        _recorded = recorded;
        _recordedAt = recordedAt.Ticks;
        _disk = disk;
        // Before any file is looked at, so every look comes after it.
        Taken = DateTime.UtcNow;
    }

    /// <summary>When this build began to look at its inputs, for the next build's record.</summary>
    public DateTime Taken { get; }

    /// <summary>The path's hash as the build record writes it (<see cref="FileHashes"/>).</summary>
    public string Hash(string path) => Of(path).State.Hash;

    public FileState State(string path) => Of(path).State;

    public bool ReadBytes(string path, out byte[] bytes, out (string Message, string Hint)? problem) =>
        Of(path).ReadBytes(out bytes, out problem);

    /// <summary>The files in a folder, as paths inside it, in ordinal order; none when it is not a folder.</summary>
    public IReadOnlyList<string> FilesIn(string folder)
    {
        var names = Of(folder).Names;
        var files = new List<string>(names.Count);
        foreach (var name in names)
            files.Add(Path.Combine(folder, name));
        return files;
    }

    /// <summary>The input files this build has read, in path order.</summary>
    public IReadOnlyList<string> Read
    {
        get
        {
            var read = new List<string>();
            lock (_files)
                foreach (var file in _files.Values)
                    if (file.WasRead)
                        read.Add(file.Path);
            read.Sort(StringComparer.Ordinal);
            return read;
        }
    }

    private InputFile Of(string path)
    {
        // Outputs render side by side; each path gets one entry, which reads the file once.
        lock (_files)
        {
            if (!_files.TryGetValue(path, out var file))
                _files[path] = file = new InputFile(path, _disk, _recorded.GetValueOrDefault(path), Trusted);
            return file;
        }
    }

    /// <summary>Whether a recorded time is far enough before the last build looked that no later edit can have kept
    /// it.</summary>
    private bool Trusted(DateTime written)
    {
        var tick = written.Ticks % TimeSpan.TicksPerSecond == 0 ? CoarseTick : FineTick;
        return written.Ticks < _recordedAt - tick.Ticks;
    }
}
