using System.Security.Cryptography;
using System.Text;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Pieces;

/// <summary>
/// The pages of each piece of one document (a binder story, a card) kept between builds, in one
/// file (<see cref="PieceFile"/>) in a folder of the output folder, each piece under a digest of
/// everything its layout reads: its Markdown, the document's settings, the theme, the program. A
/// one-story edit then lays out that story's pages alone. A piece that cannot be read, is damaged or
/// was made for other input is a miss, never an error: it is laid out as in a first build, to the
/// same bytes.
/// </summary>
public sealed class PieceCache
{
    /// <summary>The name of the file in the document's folder that holds its pieces.</summary>
    public const string FileName = "pieces.kept";
    private readonly string _folder;
    private readonly byte[] _document;
    private readonly HashSet<string> _used = [];

    // The records of the pieces laid out in this build: the same arrays the document holds its pages as, not copies.
    private readonly Dictionary<string, byte[]> _fresh = [];
    private readonly Lazy<PieceFile?> _earlier;

    /// <param name="folder">The document's own folder, inside the output folder; made when first written.</param>
    /// <param name="document">What every piece of the document reads: theme, front matter, program version.</param>
    public PieceCache(string folder, string document)
    {
        _folder = folder;
        _document = SHA256.HashData(Encoding.UTF8.GetBytes(ProgramVersion + "\n" + document));
        _earlier = new(() => PieceFile.Open(Path.Combine(folder, FileName)));
    }

    /// <summary>The digest naming a piece: of the document's inputs and the piece's own.</summary>
    public string Key(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_document);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The piece's pages from an earlier build, or null.</summary>
    public KeptPages? Read(string key, FontLibrary fonts)
    {
        lock (_used)
            _used.Add(key);
        if (_earlier.Value?.Read(key) is not { } bytes)
            return null;
        // A piece starts with its own key, so bytes moved to another piece's place are not taken for it.
        var prefix = Encoding.ASCII.GetBytes(key);
        if (bytes.Length < prefix.Length || !bytes.AsSpan().StartsWith(prefix))
            return null;
        return KeptPages.Read(bytes[prefix.Length..], fonts.Find);
    }

    /// <summary>Keeps the pages of a piece laid out in this build, to be written by <see cref="Save"/>.</summary>
    public void Add(string key, KeptPages pages)
    {
        lock (_used)
        {
            _used.Add(key);
            _fresh[key] = pages.Records;
        }
    }

    /// <summary>
    /// Writes the pieces this build used, laid out now or kept from the last build, to the document's
    /// file, and deletes every other file of its folder, so the folder holds one build's pieces. Nothing
    /// is written when every piece was kept and none went unused. A folder that cannot be written only
    /// costs the next build the time to lay them out again.
    /// </summary>
    public void Save()
    {
        var earlier = _earlier.Value;
        try
        {
            var path = Path.Combine(_folder, FileName);
            var unchanged =
                earlier is not null
                && _fresh.Count == 0
                && earlier.Keys.All(_used.Contains)
                && Directory.EnumerateFiles(_folder).All(file => Path.GetFileName(file) == FileName);
            if (unchanged)
                return;
            var build = (earlier?.Build ?? 0) + 1;
            var pieces = new List<(string, int, int, Func<byte[][]?>)>();
            foreach (var key in _used.Order(StringComparer.Ordinal))
                if (_fresh.TryGetValue(key, out var records))
                {
                    // A piece starts with its own key (see Read).
                    var prefix = Encoding.ASCII.GetBytes(key);
                    pieces.Add((key, build, prefix.Length + records.Length, () => [prefix, records]));
                }
                else if (earlier is { } file && file.Length(key) is { } length)
                    pieces.Add(
                        (key, file.MadeIn(key) ?? build, length, () => file.Read(key) is { } bytes ? [bytes] : null)
                    );
            Directory.CreateDirectory(_folder);
            PieceFile.Write(path, build, pieces, Close);
            foreach (var file in Directory.EnumerateFiles(_folder).ToList())
                if (Path.GetFileName(file) != FileName)
                    File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Kept pages only save time; the document itself is already made.
        }
        finally
        {
            Close();
        }
    }

    /// <summary>Lets go of the last build's file: after <see cref="Save"/>, or when the layout failed.</summary>
    public void Close()
    {
        if (_earlier.IsValueCreated)
            _earlier.Value?.Dispose();
    }

    /// <summary>
    /// The program's build: a new build of PrepPack may lay out the same input differently. The modules' ids
    /// change with their code; a native program may not have them, so the program's files are named by size and date
    /// too.
    /// </summary>
    private static readonly string ProgramVersion = string.Join(
        "/",
        new[] { typeof(PieceCache), typeof(PageRecords) }
            .Select(type =>
            {
                var name = type.Assembly.GetName();
                string module;
                try
                {
                    module = type.Module.ModuleVersionId.ToString();
                }
                catch (Exception e) when (e is NotSupportedException or InvalidOperationException)
                {
                    module = "";
                }
                // A native program has no such file beside it; the process's own file then stands for it.
                var file = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
                return $"{name.Name} {name.Version} {module} {Stamp(file)}";
            })
            .Append(Stamp(Environment.ProcessPath))
    );

    private static string Stamp(string? file)
    {
        try
        {
            if (string.IsNullOrEmpty(file) || !File.Exists(file))
                return "";
            return $"{new FileInfo(file).Length} {File.GetLastWriteTimeUtc(file).Ticks}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
