using PrepPack.Content;

namespace PrepPack.Build;

/// <summary>
/// What a build reads: every content file, every template and partial, the theme, the font
/// files, and the options that change what is printed. When the options and every one of these
/// files are as the last good build recorded them, the build has nothing to do.
/// </summary>
internal static class BuildStamp
{
    /// <summary>The options that change what is printed, as the record keeps them.</summary>
    public static string Of(BuildOptions options) =>
        // A different SOURCE_DATE_EPOCH changes every file's bytes; --framework changes the cheat sheet.
        $"{SourceDateEpoch.Variable} {SourceDateEpoch.Text(options.SourceDate)}\n--framework {options.Framework}\n";

    /// <summary>Every file and folder the build reads, each once, in a stable order.</summary>
    /// <param name="recorded">Files the last build recorded as inputs, so one outside these folders (a
    /// Word reference document elsewhere) counts too.</param>
    public static IReadOnlyList<string> Files(BuildOptions options, IEnumerable<string>? recorded = null)
    {
        var content = new ContentFolder(options.Content);
        var templates = new TemplateFolder(options.Templates);
        var files = new List<string> { content.ProfileFile, content.StoriesFolder, content.FrameworksFolder, content.QuestionsFolder, content.PracticeLogFile, options.Templates, templates.Fonts };
        files.AddRange(content.StoryFiles);
        files.AddRange(content.FrameworkFiles);
        files.AddRange(content.QuestionFiles);
        if (Directory.Exists(options.Templates)) files.AddRange(Directory.EnumerateFiles(options.Templates).Order(StringComparer.Ordinal));
        if (Directory.Exists(templates.Fonts)) files.AddRange(Directory.EnumerateFiles(templates.Fonts).Order(StringComparer.Ordinal));
        if (recorded is not null) files.AddRange(Outside(recorded, options.Content, options.Templates));
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the files are the ones the record names, each with the hash it recorded; a file
    /// with its recorded size and time is taken as unchanged without reading it.</summary>
    public static bool Unchanged(IReadOnlyList<string> files, IReadOnlyDictionary<string, FileState> recorded, InputSnapshot snapshot)
    {
        if (files.Count != recorded.Count) return false;
        foreach (var file in files)
            if (!recorded.TryGetValue(file, out var was) || snapshot.Hash(file) != was.Hash) return false;
        return true;
    }

    /// <summary>The recorded files that are not in the folders above: none, unless the theme names
    /// a Word reference elsewhere. Leaving the others out keeps the list the same from build to build.</summary>
    private static IEnumerable<string> Outside(IEnumerable<string> recorded, params string[] folders)
    {
        var roots = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar).ToList();
        return recorded.Distinct(StringComparer.Ordinal)
            .Where(f => !roots.Any(r => (Path.GetFullPath(f) + Path.DirectorySeparatorChar).StartsWith(r, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }
}
