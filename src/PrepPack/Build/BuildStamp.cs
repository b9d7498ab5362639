using System.Security.Cryptography;
using System.Text;
using PrepPack.Content;

namespace PrepPack.Build;

/// <summary>
/// One hash over everything a build reads: every content file, every template and partial, the
/// theme, the font files, PrepPack itself and the options that change what is printed. Equal stamps mean an equal build.
/// </summary>
internal static class BuildStamp
{
    /// <param name="recorded">Files the last build recorded as inputs, so one outside these folders (a
    /// Word reference document elsewhere) counts too.</param>
    public static string Of(BuildOptions options, FileHashes hashes, IEnumerable<string>? recorded = null)
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
        var text = new StringBuilder(Inputs.ToolVersion).Append('\n');
        // A different SOURCE_DATE_EPOCH changes every file's bytes, so it is an input like any file.
        text.Append(SourceDateEpoch.Variable).Append(' ').Append(SourceDateEpoch.Text(options.SourceDate)).Append('\n');
        // So does --framework: the cheat sheet shows the framework it names.
        text.Append("--framework ").Append(options.Framework).Append('\n');
        foreach (var file in files) text.Append(file).Append(' ').Append(hashes.Of(file)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>The recorded files that are not in the folders hashed above: none, unless the theme names
    /// a Word reference elsewhere. Leaving the others out keeps the stamp the same from build to build.</summary>
    private static IEnumerable<string> Outside(IEnumerable<string> recorded, params string[] folders)
    {
        var roots = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar).ToList();
        return recorded.Distinct(StringComparer.Ordinal)
            .Where(f => !roots.Any(r => (Path.GetFullPath(f) + Path.DirectorySeparatorChar).StartsWith(r, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }
}
