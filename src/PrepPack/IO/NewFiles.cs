using PrepPack.Diagnostics;

namespace PrepPack.IO;

/// <summary>
/// Files to make in a folder, none of which may be there yet: PrepPack never writes over a file
/// the user has (unless told that the files are its own to replace, as schemas are). Either every
/// file is written, or none is: anything in the way, a link out of the folder, or a file that
/// cannot be written is an error naming it, and whatever was written before the failure is removed again.
/// </summary>
/// <param name="option">How the command names another folder ("--out DIR"), for the hints.</param>
/// <param name="replace">True for files PrepPack makes and never edits, which replace older copies.</param>
public sealed class NewFiles(string root, string option, bool replace = false)
{
    private readonly List<(string Path, byte[] Bytes)> _files = [];

    public void Add(string relative, string text) => Add(relative, System.Text.Encoding.UTF8.GetBytes(text));

    // "content/profile.yaml" rather than "./content/profile.yaml" when the folder is the current one.
    public void Add(string relative, byte[] bytes) =>
        _files.Add((root is "." or "" ? relative : Path.Combine(root, relative), bytes));

    /// <summary>The files written, in the order they were added; none after reporting why.</summary>
    /// <param name="hint">What to do about a file in the way, such as naming another folder.</param>
    public IReadOnlyList<string> Write(string hint, DiagnosticBag diagnostics)
    {
        if (!WriteBoundary.Check(root, _files.Select(f => f.Path), option, diagnostics))
            return [];
        // Files PrepPack may replace are still never put in place of a folder of the same name.
        var inTheWay = _files
            .Where(f => replace ? Directory.Exists(f.Path) : Exists(f.Path))
            .Select(f => f.Path)
            .ToList();
        // Said once for each folder of the set that holds any (content/, schemas/, templates/), not once a
        // file: run a second time, 'templates' would otherwise print the same line for each of its files.
        foreach (var folder in inTheWay.GroupBy(TopFolder))
        {
            var files = folder.ToList();
            if (files.Count == 1 && Directory.Exists(files[0]))
                diagnostics.Error(
                    SourceLocation.WholeOf(files[0]),
                    DiagnosticCodes.FileExists,
                    "This is a folder, where PrepPack would write a file of that name; nothing was written.",
                    $"Rename or move the folder, or name another folder with {option}."
                );
            else if (files.Count == 1)
                diagnostics.Error(
                    SourceLocation.WholeOf(files[0]),
                    DiagnosticCodes.FileExists,
                    "This file is there already, and PrepPack does not write over your files; nothing was written.",
                    hint
                );
            else
                diagnostics.Error(
                    SourceLocation.WholeOf(folder.Key),
                    DiagnosticCodes.FileExists,
                    $"{files.Count} files PrepPack would write in this folder are there already "
                        + $"({Some(folder.Key, files)}), "
                        + "and PrepPack does not write over your files; nothing was written.",
                    hint
                );
        }
        if (inTheWay.Count > 0)
            return [];
        return Staged(diagnostics);
    }

    /// <summary>
    /// Every file first written beside its place under a hidden temporary name, then each renamed
    /// into place: a full disk or a folder that may not be written stops the run before any file
    /// is in place. On any failure the temporary files, the files already moved and the folders
    /// made for them go again; nothing that was there before is touched.
    /// </summary>
    private List<string> Staged(DiagnosticBag diagnostics)
    {
        var madeFolders = new List<string>();
        var staged = new List<(string Temporary, string Path)>();
        var placed = new List<string>();
        string current = root;
        try
        {
            foreach (var (path, bytes) in _files)
            {
                current = path;
                MakeFolders(Path.GetDirectoryName(Path.GetFullPath(path))!, madeFolders);
                var temporary = Path.Combine(
                    Path.GetDirectoryName(Path.GetFullPath(path))!,
                    $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp"
                );
                staged.Add((temporary, path));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            foreach (var (temporary, path) in staged)
            {
                current = path;
                // Not over a file that appeared since the check, unless these are PrepPack's own to replace.
                File.Move(temporary, path, overwrite: replace);
                placed.Add(path);
            }
            return placed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (temporary, _) in staged)
                TryDelete(temporary);
            if (!replace)
                foreach (var path in placed)
                    TryDelete(path);
            for (var i = madeFolders.Count - 1; i >= 0; i--)
                TryRemoveEmpty(madeFolders[i]);
            diagnostics.Error(
                SourceLocation.WholeOf(current),
                !replace && Exists(current) ? DiagnosticCodes.FileExists : DiagnosticCodes.FileNotWritten,
                $"This file could not be written: {Why(e)}; nothing was written.",
                $"Check that you may write to the folder, or name another folder with {option}."
            );
            return [];
        }
    }

    /// <summary>Makes the folder and any of its parents not there yet, noting each one made, outermost first.</summary>
    private static void MakeFolders(string folder, List<string> made)
    {
        var missing = new Stack<string>();
        for (var at = folder; at is not null && !Directory.Exists(at); at = Path.GetDirectoryName(at))
            missing.Push(at);
        while (missing.TryPop(out var next))
        {
            Directory.CreateDirectory(next);
            made.Add(next);
        }
    }

    private static string Why(Exception e) =>
        e switch
        {
            UnauthorizedAccessException => "you do not have permission to write in its folder",
            IOException
                when e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase)
                    || (e.HResult & 0xFFFF) is 28 or 112 => "the disk is full",
            IOException
                when e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase)
                    || (e.HResult & 0xFFFF) is 30 => "the disk is read-only",
            _ => e.Message.TrimEnd('.'),
        };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { /* a hidden temporary file left is harmless */
        }
    }

    private static void TryRemoveEmpty(string folder)
    {
        try
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { /* an empty folder left is harmless */
        }
    }

    /// <summary>The folder a file in the way is reported under: the folder named, or, when that is the
    /// current one, the folder of the set the file goes in ("content" for content/stories/a.yaml).</summary>
    private string TopFolder(string path)
    {
        if (root is not ("." or ""))
            return root;
        var first = path.Split(Path.DirectorySeparatorChar, 2)[0];
        return first == path ? path : first;
    }

    /// <summary>The first few files in the way, named within their folder, and how many more.</summary>
    private static string Some(string folder, IReadOnlyList<string> files)
    {
        const int shown = 3;
        var names = files.Take(shown).Select(f => Path.GetRelativePath(folder, f)).ToList();
        return files.Count <= shown
            ? string.Join(", ", names)
            : $"{string.Join(", ", names)} and {files.Count - shown} more";
    }

    /// <summary>A file, a folder or a link (even to nothing) of that name is in the way.</summary>
    private static bool Exists(string path) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;
}
