using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PrepPack.Pdf.Pieces;

/// <summary>
/// The one file that holds a document's kept pieces: a mark, an index (the build that wrote it, then
/// each piece's key, place, length and the build that laid it out), the index's digest, then the
/// pieces' bytes one after another. One file per document
/// rather than one per piece, so a build writes and renames one file, not thousands. A file whose
/// mark, index digest or length does not hold is read as holding nothing; each piece's bytes carry
/// their own digest (<see cref="PrepPack.Layout.Paging.PageRecords"/>), checked when they are read.
/// </summary>
public sealed class PieceFile : IDisposable
{
    private static readonly byte[] Mark = "PrepPack kept pages 1\n"u8.ToArray();
    private const int DigestLength = 32;
    private readonly SafeFileHandle _handle;
    private readonly Dictionary<string, Entry> _index;

    private PieceFile(SafeFileHandle handle, int build, Dictionary<string, Entry> index)
    {
        _handle = handle;
        Build = build;
        _index = index;
    }

    /// <summary>The number of the build that wrote the file: one more than the file it replaced.</summary>
    public int Build { get; }

    /// <summary>The keys of the pieces the file holds.</summary>
    public IReadOnlyCollection<string> Keys => _index.Keys;

    /// <summary>The file at <paramref name="path"/>, or null when it is missing, unreadable or not whole.</summary>
    public static PieceFile? Open(string path)
    {
        SafeFileHandle? handle = null;
        try
        {
            if (!File.Exists(path))
                return null;
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            if (ReadIndex(handle) is var (build, index))
                return new PieceFile(handle, build, index);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // An unreadable file only means the pieces are laid out again.
        }
        handle?.Dispose();
        return null;
    }

    /// <summary>A piece's bytes, or null when the file does not hold it whole; safe on many threads.</summary>
    public byte[]? Read(string key)
    {
        if (!_index.TryGetValue(key, out var at))
            return null;
        var bytes = new byte[at.Length];
        try
        {
            var done = 0;
            while (done < bytes.Length)
            {
                var read = RandomAccess.Read(_handle, bytes.AsSpan(done), at.Offset + done);
                if (read <= 0)
                    return null;
                done += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return null;
        }
        return bytes;
    }

    /// <summary>The length of a piece the file holds, or null.</summary>
    public int? Length(string key) => _index.TryGetValue(key, out var at) ? at.Length : null;

    /// <summary>The number of the build that laid a piece out, or null for a piece the file does not hold.</summary>
    public int? MadeIn(string key) => _index.TryGetValue(key, out var at) ? at.Made : null;

    /// <summary>
    /// Writes the pieces, in the order given, to a file beside <paramref name="path"/> and then moves it
    /// there, so a build stopped while writing leaves the earlier file or none, never half of one. Each
    /// piece's bytes are asked for when they are written, so they are never all held at once.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="build">The number of this build.</param>
    /// <param name="pieces">Each piece's key, the build that laid it out, its length and a function giving its
    /// bytes, in parts written one after another. Bytes that cannot be had are written as zeros, which their
    /// digest then refuses.</param>
    /// <param name="release">Called between writing and moving, to let go of the file being replaced: some
    /// systems cannot replace a file that is open.</param>
    public static void Write(
        string path,
        int build,
        IReadOnlyList<(string Key, int Made, int Length, Func<byte[][]?> Parts)> pieces,
        Action? release = null
    )
    {
        var index = new MemoryStream();
        using (var writer = new BinaryWriter(index, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(build);
            writer.Write(pieces.Count);
            long offset = 0;
            foreach (var (key, made, length, _) in pieces)
            {
                writer.Write(key);
                writer.Write(offset);
                writer.Write(length);
                writer.Write(made);
                offset += length;
            }
        }
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var indexBytes = index.GetBuffer().AsSpan(0, (int)index.Length);
            file.Write(Mark);
            file.Write(BitConverter.GetBytes(indexBytes.Length));
            file.Write(indexBytes);
            file.Write(SHA256.HashData(indexBytes));
            foreach (var (_, _, length, parts) in pieces)
                if (parts() is { } made && made.Sum(part => part.Length) == length)
                    foreach (var part in made)
                        file.Write(part);
                else
                    file.Write(new byte[length]);
        }
        release?.Invoke();
        File.Move(temporary, path, overwrite: true);
    }

    public void Dispose() => _handle.Dispose();

    private static (int Build, Dictionary<string, Entry> Index)? ReadIndex(SafeFileHandle handle)
    {
        var fileLength = RandomAccess.GetLength(handle);
        var head = new byte[Mark.Length + sizeof(int)];
        if (fileLength < head.Length || RandomAccess.Read(handle, head, 0) != head.Length)
            return null;
        if (!head.AsSpan(0, Mark.Length).SequenceEqual(Mark))
            return null;
        var indexLength = BitConverter.ToInt32(head, Mark.Length);
        var dataStart = head.Length + (long)indexLength + DigestLength;
        if (indexLength < 2 * sizeof(int) || dataStart > fileLength)
            return null;
        var indexAndDigest = new byte[indexLength + DigestLength];
        if (RandomAccess.Read(handle, indexAndDigest, head.Length) != indexAndDigest.Length)
            return null;
        var indexBytes = indexAndDigest.AsSpan(0, indexLength);
        if (!SHA256.HashData(indexBytes).AsSpan().SequenceEqual(indexAndDigest.AsSpan(indexLength)))
            return null;
        var index = new Dictionary<string, Entry>(StringComparer.Ordinal);
        using var reader = new BinaryReader(new MemoryStream(indexAndDigest, 0, indexLength), Encoding.UTF8);
        try
        {
            var build = reader.ReadInt32();
            var count = reader.ReadInt32();
            long end = 0;
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var offset = reader.ReadInt64();
                var length = reader.ReadInt32();
                var made = reader.ReadInt32();
                if (offset != end || length < 0)
                    return null;
                end = offset + length;
                index[key] = new Entry(dataStart + offset, length, made);
            }
            // A file cut short or grown since it was written is not the file the index describes.
            return dataStart + end == fileLength ? (build, index) : null;
        }
        catch (EndOfStreamException)
        {
            return null;
        }
    }

    private readonly record struct Entry(long Offset, int Length, int Made);
}
