using PrepPack.Content;

namespace PrepPack.Incremental;

/// <summary>
/// What a build reads: every content file, every template and partial, the theme, the font
/// files, and the options that change what is printed. When the options and every one of these
/// files are as the last good build recorded them, the build has nothing to do.
/// </summary>
internal static class BuildStamp
{
    /// <summary>The options that change what is printed, as the record keeps them.</summary>
    public static string Of(DateTime? sourceDate, string? framework) =>
        // A different SOURCE_DATE_EPOCH changes every file's bytes; --framework changes the cheat sheet.
        $"{SourceDateEpoch.Variable} {SourceDateEpoch.Text(sourceDate)}\n--framework {framework}\n";

    /// <summary>Every file and folder the build reads, each once, in a stable order.</summary>
    /// <param name="recorded">Files recorded as inputs, so one outside these folders (a Word reference
    /// document elsewhere) counts too.</param>
    /// <param name="fonts">The templates folder's fonts folder, which the theme's font files come from.</param>
    public static IReadOnlyList<string> Files(
        string contentRoot,
        string templates,
        string fonts,
        InputSnapshot snapshot,
        IEnumerable<string> recorded
    )
    {
        var content = new ContentFolder(contentRoot);
        var files = new List<string>
        {
            content.ProfileFile,
            content.StoriesFolder,
            content.FrameworksFolder,
            content.QuestionsFolder,
            content.PracticeLogFile,
            templates,
            fonts,
        };
        foreach (var folder in new[] { content.StoriesFolder, content.FrameworksFolder, content.QuestionsFolder })
        foreach (var file in snapshot.FilesIn(folder))
            if (ContentFolder.IsYaml(file))
                files.Add(file);
        // An editor's lock or swap file beside a template is not an input: its coming and going changes no output.
        files.AddRange(snapshot.FilesIn(templates).Where(f => !EditorFiles.Holds(f)));
        files.AddRange(snapshot.FilesIn(fonts).Where(f => !EditorFiles.Holds(f)));
        files.AddRange(Outside(recorded, contentRoot, templates));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        files.RemoveAll(f => !seen.Add(f));
        return files;
    }

    /// <summary>Whether the files are the ones the record names, each with the hash it recorded; a file
    /// with its recorded size and time is taken as unchanged without reading it.</summary>
    public static bool Unchanged(
        IReadOnlyList<string> files,
        IReadOnlyDictionary<string, FileState> recorded,
        InputSnapshot snapshot
    )
    {
        if (files.Count != recorded.Count)
            return false;
        foreach (var file in files)
            if (!recorded.TryGetValue(file, out var was) || snapshot.Hash(file) != was.Hash)
                return false;
        return true;
    }

    /// <summary>The recorded files that are not in the folders above: none, unless the theme names
    /// a Word reference elsewhere. Leaving the others out keeps the list the same from build to build.</summary>
    private static List<string> Outside(IEnumerable<string> recorded, params string[] folders)
    {
        var roots = new List<string>();
        foreach (var folder in folders)
            roots.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar);
        var outside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in recorded)
        {
            var full = Path.GetFullPath(file) + Path.DirectorySeparatorChar;
            if (!roots.Exists(r => full.StartsWith(r, StringComparison.Ordinal)))
                outside.Add(file);
        }
        var sorted = new List<string>(outside);
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }
}
