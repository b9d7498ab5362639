using PrepPack.Diagnostics;

namespace PrepPack.Starter;

/// <summary>
/// Files to make in a folder, none of which may be there yet: PrepPack never writes over a file
/// the user has. Either every file is written, or, when any is in the way, none is and each one
/// in the way is an error naming it.
/// </summary>
public sealed class NewFiles(string root)
{
    private readonly List<(string Path, byte[] Bytes)> _files = [];

    public void Add(string relative, string text) => Add(relative, System.Text.Encoding.UTF8.GetBytes(text));

    // "content/profile.yaml" rather than "./content/profile.yaml" when the folder is the current one.
    public void Add(string relative, byte[] bytes) => _files.Add((root is "." or "" ? relative : Path.Combine(root, relative), bytes));

    /// <summary>The files written, in the order they were added; none after reporting why.</summary>
    /// <param name="hint">What to do about a file in the way, such as naming another folder.</param>
    public IReadOnlyList<string> Write(string hint, DiagnosticBag diagnostics)
    {
        var inTheWay = _files.Where(f => Exists(f.Path)).Select(f => f.Path).ToList();
        // Said once for each folder of the set that holds any (content/, schemas/, templates/), not once a
        // file: run a second time, 'templates' would otherwise print the same line for each of its files.
        foreach (var folder in inTheWay.GroupBy(TopFolder))
        {
            var files = folder.ToList();
            if (files.Count == 1)
                diagnostics.Error(SourceLocation.WholeOf(files[0]), DiagnosticCodes.FileExists,
                    "This file is there already, and PrepPack does not write over your files; nothing was written.", hint);
            else
                diagnostics.Error(SourceLocation.WholeOf(folder.Key), DiagnosticCodes.FileExists,
                    $"{files.Count} files PrepPack would write in this folder are there already ({Some(folder.Key, files)}), "
                    + "and PrepPack does not write over your files; nothing was written.", hint);
        }
        if (inTheWay.Count > 0) return [];

        var written = new List<string>();
        foreach (var (path, bytes) in _files)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                // CreateNew: a file that appeared since the check above is still not written over.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(SourceLocation.WholeOf(path), Exists(path) ? DiagnosticCodes.FileExists : DiagnosticCodes.FileNotWritten,
                    $"This file could not be written: {e.Message}", "Check that the folder may be written to, or name another folder.");
                break;
            }
        }
        return written;
    }

    /// <summary>The folder a file in the way is reported under: the folder named, or, when that is the
    /// current one, the folder of the set the file goes in ("content" for content/stories/a.yaml).</summary>
    private string TopFolder(string path)
    {
        if (root is not ("." or "")) return root;
        var first = path.Split(Path.DirectorySeparatorChar, 2)[0];
        return first == path ? path : first;
    }

    /// <summary>The first few files in the way, named within their folder, and how many more.</summary>
    private static string Some(string folder, IReadOnlyList<string> files)
    {
        const int shown = 3;
        var names = files.Take(shown).Select(f => Path.GetRelativePath(folder, f)).ToList();
        return files.Count <= shown ? string.Join(", ", names) : $"{string.Join(", ", names)} and {files.Count - shown} more";
    }

    /// <summary>A file, a folder or a link (even to nothing) of that name is in the way.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
