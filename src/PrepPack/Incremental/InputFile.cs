using PrepPack.Content;
using PrepPack.IO;

namespace PrepPack.Incremental;

/// <summary>
/// One input of a build: looked at (size and time) once, read at most once, hashed at most once.
/// It is always looked at before it is read, so a recorded time is never newer than the bytes its
/// hash was made from: an edit after the look changes the time the next build sees.
/// </summary>
internal sealed class InputFile
{
    private readonly Lazy<Look> _look;
    private readonly Lazy<Contents> _bytes;
    private readonly Lazy<FileState> _state;

    /// <param name="recorded">The state the last build recorded, or null.</param>
    /// <param name="trusted">Whether a recorded time may stand for the bytes (see <see cref="InputSnapshot"/>).</param>
    public InputFile(string path, IFileSource disk, FileState? recorded, Func<DateTime, bool> trusted)
    {
        _look = new(() => Look.At(path));
        _bytes = new(() =>
        {
            _ = _look.Value;
            var read = disk.ReadBytes(path, out var bytes, out var problem);
            return new Contents(read, bytes, problem);
        });
        _state = new(() =>
        {
            var look = _look.Value;
            if (
                recorded is not null
                && look.Kind != Kind.Other
                && recorded.Length == look.Length
                && recorded.Written == look.Written
                && trusted(look.Written)
                && !recorded.Hash.StartsWith(FileHashes.Unreadable, StringComparison.Ordinal)
            )
                return recorded;
            var hash = look.Kind switch
            {
                Kind.Folder => FileHashes.OfList(look.Names),
                Kind.Other when look.Missing => FileHashes.Missing,
                _ => _bytes.Value.Read
                    ? FileHashes.Of(_bytes.Value.Bytes)
                    : FileHashes.OfUnreadable(_bytes.Value.Problem?.Message ?? ""),
            };
            return new FileState(hash, look.Length, look.Written);
        });
        Path = path;
    }

    public string Path { get; }

    public FileState State => _state.Value;

    /// <summary>For a folder, the names of the files in it, in ordinal order; otherwise none.</summary>
    public IReadOnlyList<string> Names => _look.Value.Names;

    /// <summary>Whether this build read the file's bytes.</summary>
    public bool WasRead => _bytes.IsValueCreated;

    public bool ReadBytes(out byte[] bytes, out (string Message, string Hint)? problem)
    {
        var contents = _bytes.Value;
        (bytes, problem) = (contents.Bytes, contents.Problem);
        return contents.Read;
    }

    /// <summary>The file's bytes, or why they cannot be had.</summary>
    private sealed record Contents(bool Read, byte[] Bytes, (string Message, string Hint)? Problem);

    private enum Kind
    {
        File,
        Folder,

        /// <summary>Missing, or a link to nothing or to itself: no time to go by.</summary>
        Other,
    }

    /// <summary>What a look at the path shows, without opening it; a folder's size is its number of files.</summary>
    private sealed record Look(Kind Kind, long Length, DateTime Written, IReadOnlyList<string> Names, bool Missing)
    {
        public static Look At(string path)
        {
            var file = new FileInfo(path);
            if (file.Exists)
                return new Look(Kind.File, file.Length, file.LastWriteTimeUtc, [], false);
            if (Directory.Exists(path))
            {
                var names = new List<string>();
                // An editor's lock or swap file coming and going is not a change to the folder.
                foreach (var inside in Directory.EnumerateFiles(path).Where(f => !Content.EditorFiles.Holds(f)))
                    names.Add(System.IO.Path.GetFileName(inside));
                names.Sort(StringComparer.Ordinal);
                return new Look(Kind.Folder, names.Count, Directory.GetLastWriteTimeUtc(path), names, false);
            }
            return new Look(Kind.Other, -1, default, [], file.LinkTarget is null);
        }
    }
}
