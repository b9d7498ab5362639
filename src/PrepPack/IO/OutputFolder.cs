namespace PrepPack.IO;

/// <summary>
/// The one place that turns a name into a path in the output folder. Whatever a template, the
/// manifest or the content says, a path that would lie outside the folder is refused, so a build
/// never writes or deletes anything else on the user's computer.
/// </summary>
internal sealed class OutputFolder(string root)
{
    private readonly string _full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public string Root => root;

    /// <summary>The full path of <paramref name="relative"/> inside the folder, or null when it would lie outside
    /// it.</summary>
    public string? Resolve(string relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || Path.IsPathRooted(relative) || relative.Contains('\0'))
            return null;
        var full = Path.GetFullPath(Path.Combine(_full, relative));
        return full.StartsWith(_full + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>True for a plain file name (no folder, no leading dot) such as "cards.pdf".</summary>
    public static bool IsPlainName(string name) =>
        name.Length is > 0 and <= MaxName
        && name.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && !name.StartsWith('.')
        && name.Trim() == name;

    /// <summary>Room for the temporary name beside it within the 255 characters file systems allow.</summary>
    private const int MaxName = 150;
}
