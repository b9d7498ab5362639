namespace PrepPack.Templates;

/// <summary>
/// Which templates folder a build uses: the one <c>--templates</c> names (which must exist); else
/// <c>templates/</c> in the folder that holds the content folder; else <c>templates/</c> in the
/// current folder; else PrepPack's built-in set. A story bank made by <c>preppack init</c> has no
/// templates folder, so it builds with the built-in set until the user copies it out to edit it.
/// </summary>
public static class TemplateLookup
{
    public const string FolderName = "templates";

    public static TemplateChoice Find(string? given, string content) =>
        Find(given, content, Environment.CurrentDirectory);

    /// <param name="current">The folder the user runs PrepPack in.</param>
    public static TemplateChoice Find(string? given, string content, string current)
    {
        if (given is not null)
            return new TemplateChoice(given, TemplateSource.Given);
        var inCurrent = Path.Combine(current, FolderName);
        var beside = Path.Combine(
            Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(content, current))) ?? current,
            FolderName
        );
        if (Directory.Exists(beside) && !SameFolder(beside, inCurrent))
            return new TemplateChoice(Shown(beside), TemplateSource.BesideContent);
        if (Directory.Exists(inCurrent))
            return new TemplateChoice(Shown(inCurrent), TemplateSource.CurrentFolder);
        // Without a built-in set (a bare copy of the program) the build reports the missing 'templates' folder.
        return BuiltInTemplates.Exists
            ? new TemplateChoice(BuiltInTemplates.Folder, TemplateSource.BuiltIn)
            : new TemplateChoice(Shown(inCurrent), TemplateSource.CurrentFolder);
    }

    private static bool SameFolder(string a, string b) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(a))
        == Path.TrimEndingDirectorySeparator(Path.GetFullPath(b));

    /// <summary>Below the folder PrepPack runs in, as the user would type it ('templates'); elsewhere, whole.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFullPath(path)
            : relative;
    }
}
