using PrepPack.Diagnostics;

namespace PrepPack.IO;

/// <summary>
/// Where a command that makes files (init, templates, schema, export) may write: inside the folder
/// it was asked to write into, and nowhere else. A folder or file on the way that is a link leading
/// out of that folder (a cloned bank can carry one, to ~/.bashrc or a synced folder) is refused, as
/// is a file standing where a folder must be made; each is an error naming it, before anything is written.
/// </summary>
public static class WriteBoundary
{
    /// <summary>True when every file can be written inside <paramref name="root"/> without leaving it; else false after
    /// reporting why.</summary>
    /// <param name="paths">The files to write, each inside <paramref name="root"/>.</param>
    /// <param name="option">How the command names another place, such as "--out DIR", for the hints.</param>
    public static bool Check(string root, IEnumerable<string> paths, string option, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var ok = RootCanBeMade(root, option, diagnostics);
        if (!ok)
            return false;
        var realRoot = RealPath(Path.GetFullPath(root));
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
            var parts = relative.Split(
                [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar],
                StringSplitOptions.RemoveEmptyEntries
            );
            var shown = root;
            for (var i = 0; i < parts.Length; i++)
            {
                shown = root is "." or "" && i == 0 ? parts[0] : Path.Combine(shown, parts[i]);
                var last = i == parts.Length - 1;
                if (reported.Contains(shown))
                {
                    ok = false;
                    break;
                }
                var info = new FileInfo(shown);
                if (info.LinkTarget is { } target)
                {
                    var leadsTo = Resolved(info, target);
                    if (leadsTo is null || !Inside(realRoot, RealPath(leadsTo)))
                    {
                        reported.Add(shown);
                        diagnostics.Error(
                            SourceLocation.WholeOf(shown),
                            DiagnosticCodes.LinkLeadsOutside,
                            $"This {(last ? "file" : "folder")} is a link to {leadsTo ?? target}, outside "
                                + $"{Shown(root)}, and PrepPack does not write through a link out of the folder it "
                                + "writes into; nothing was written.",
                            $"Remove the link (on Linux or macOS: rm {shown}), or, if you mean to write there, name "
                                + $"the place it leads to with {option}."
                        );
                        ok = false;
                        break;
                    }
                    if (!last && File.Exists(leadsTo))
                    {
                        reported.Add(shown);
                        FileWhereFolder(shown, option, diagnostics);
                        ok = false;
                        break;
                    }
                    continue;
                }
                if (!last && File.Exists(shown))
                {
                    reported.Add(shown);
                    FileWhereFolder(shown, option, diagnostics);
                    ok = false;
                    break;
                }
                if (!info.Exists && !Directory.Exists(shown))
                    break; // nothing below a folder still to be made can be a link
            }
        }
        return ok;
    }

    /// <summary>The folder asked for, or the nearest of its parents that is there, must be a folder, not a
    /// file.</summary>
    private static bool RootCanBeMade(string root, string option, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(root);
        for (var at = full; at is not null; at = Path.GetDirectoryName(at))
        {
            if (Directory.Exists(at))
                return true;
            if (File.Exists(at) || new FileInfo(at).LinkTarget is not null)
            {
                var named =
                    at == full ? root
                    : Path.GetRelativePath(Environment.CurrentDirectory, at) is var r
                    && !r.StartsWith("..", StringComparison.Ordinal)
                        ? r
                    : at;
                // A link to nothing, or a loop of links, is neither a file nor a folder.
                var what = new FileInfo(at).LinkTarget is { } target
                    ? $"a link to {target}, which is not a folder"
                    : "a file, not a folder";
                diagnostics.Error(
                    SourceLocation.WholeOf(named),
                    DiagnosticCodes.FileWhereFolderNeeded,
                    at == full
                        ? $"{root} is {what}, so nothing can be written into it; nothing was written."
                        : $"{named} is {what}, so {Shown(root)} cannot be made inside it; nothing was written.",
                    $"Name another folder with {option}: one that is there, or a new one, which PrepPack makes."
                );
                return false;
            }
        }
        return true;
    }

    private static void FileWhereFolder(string path, string option, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            SourceLocation.WholeOf(path),
            DiagnosticCodes.FileWhereFolderNeeded,
            "This is a file where PrepPack needs to make a folder of that name; nothing was written.",
            $"Rename or move the file, or name another folder with {option}."
        );

    /// <summary>The full path a link leads to at last, through any links it leads to; null when they loop.</summary>
    private static string? Resolved(FileInfo link, string target)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName
                ?? Path.GetFullPath(target, Path.GetDirectoryName(link.FullName)!);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The path with every link along it followed, so two names of one folder compare equal.</summary>
    internal static string RealPath(string full)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var real = root;
        foreach (
            var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
        )
        {
            var next = Path.Combine(real, part);
            try
            {
                var info = new FileInfo(next);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                    next = RealPath(target.FullName);
            }
            catch (IOException)
            {
                // A loop of links: compared as named, and refused by the caller as leading nowhere inside.
            }
            real = next;
        }
        return real;
    }

    private static bool Inside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    private static string Shown(string root) => root is "." or "" ? "the current folder" : $"the folder {root}";
}
