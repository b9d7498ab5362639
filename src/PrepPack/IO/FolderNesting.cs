namespace PrepPack.IO;

/// <summary>
/// Folders a build must not be given: a content folder that is the root of a disk or a home
/// folder (watch would watch the whole machine, and a build read it all), and an output folder
/// inside the content folder (each build writes into what it reads, so watch builds for ever).
/// Links are followed first, so a link to '/' is seen for what it is.
/// </summary>
public static class FolderNesting
{
    private static readonly StringComparison Names =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    /// <summary>What is wrong with the content folder, and the output folder when there is one; null when nothing
    /// is.</summary>
    /// <param name="templates">The templates folder the build uses: an output folder that is it would be read as
    /// templates, and built again from.</param>
    public static string? Problem(string content, string? output, string? templates = null)
    {
        var real = Real(content);
        if (IsRoot(real))
            return $"the content folder '{content}'{Leads(content, real)} is the root of the disk: PrepPack would "
                + "read, and watch would watch, every file on the machine. "
                + "Name the folder that holds profile.yaml and stories/ with --content, such as '--content content'.";
        if (HomeFolders().FirstOrDefault(home => Same(real, home)) is { } homeFolder)
            return $"the content folder '{content}'{Leads(content, real)} is "
                + $"{(Same(homeFolder, Home()) ? "your home folder" : "the folder of every user's home")}: "
                + "PrepPack would read, and watch would watch, all of it. Keep the story bank in a folder of its own, "
                + "such as ~/interview/content, and name it with --content.";
        if (output is not null && Within(Real(output), real))
            return $"the output folder '{output}' is "
                + $"{(Same(Real(output), real) ? "the content folder" : $"inside the content folder '{content}'")}: "
                + "each build would write into the folder it reads, "
                + "and watch would build again after every build. Put the pack beside the content instead, such as "
                + "'--out output' next to '--content content'.";
        if (
            output is not null
            && templates is not null
            && Directory.Exists(templates)
            && Same(Real(output), Real(templates))
        )
            return $"the output folder '{output}' is the templates folder '{templates}': each build would write among "
                + "the templates it reads, "
                + "and watch would build again after every build. Name another folder with --out, such as '--out "
                + "output'.";
        return null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both full paths).</summary>
    public static bool Within(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        var inner = Path.TrimEndingDirectorySeparator(path);
        if (string.Equals(inner, trimmed, Names))
            return true;
        var prefix = trimmed.EndsWith(Path.DirectorySeparatorChar) ? trimmed : trimmed + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, Names);
    }

    /// <summary>The full path with every link along it followed, as far as the path exists.</summary>
    public static string Real(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (
            var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)
        )
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget is not null
                    ? File.ResolveLinkTarget(next, returnFinalTarget: true)?.FullName
                    : null;
            }
            catch (IOException)
            {
                // A link to itself, or one too deep to follow: the name stands as written.
            }
            current = target is not null && depth < 8 ? Real(target, depth + 1) : next;
        }
        return current;
    }

    private static bool IsRoot(string real) =>
        string.Equals(
            Path.TrimEndingDirectorySeparator(real),
            Path.TrimEndingDirectorySeparator(Path.GetPathRoot(real) ?? ""),
            Names
        )
        || Path.GetPathRoot(real) == real;

    private static string Home() => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The user's home folder and the one that holds every home (/home, /Users, C:\Users).</summary>
    private static IEnumerable<string> HomeFolders()
    {
        var home = Home();
        if (home.Length == 0)
            yield break;
        var real = Real(home);
        yield return real;
        if (Path.GetDirectoryName(real) is { } parent && !IsRoot(parent))
            yield return parent;
    }

    private static bool Same(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), Names);

    private static string Leads(string given, string real) =>
        Same(Path.GetFullPath(given), real) ? "" : $" (which leads to '{real}')";
}
