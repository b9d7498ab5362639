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
    public static string Of(BuildOptions options, FileHashes hashes)
    {
        var content = new ContentFolder(options.Content);
        var templates = new TemplateFolder(options.Templates);
        var files = new List<string> { content.ProfileFile, content.StoriesFolder, content.FrameworksFolder, options.Templates, templates.Fonts };
        files.AddRange(content.StoryFiles);
        files.AddRange(content.FrameworkFiles);
        if (Directory.Exists(options.Templates)) files.AddRange(Directory.EnumerateFiles(options.Templates).Order(StringComparer.Ordinal));
        if (Directory.Exists(templates.Fonts)) files.AddRange(Directory.EnumerateFiles(templates.Fonts).Order(StringComparer.Ordinal));
        var text = new StringBuilder(Inputs.ToolVersion).Append('\n');
        // A different SOURCE_DATE_EPOCH changes every file's bytes, so it is an input like any file.
        text.Append(SourceDateEpoch.Variable).Append(' ').Append(SourceDateEpoch.Text(options.SourceDate)).Append('\n');
        // So does --framework: the cheat sheet shows the framework it names.
        text.Append("--framework ").Append(options.Framework).Append('\n');
        foreach (var file in files) text.Append(file).Append(' ').Append(hashes.Of(file)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }
}
