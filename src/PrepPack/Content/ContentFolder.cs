namespace PrepPack.Content;

/// <summary>Where things live inside a content folder.</summary>
public sealed record ContentFolder(string Root)
{
    public string ProfileFile => Path.Combine(Root, "profile.yaml");
    public string StoriesFolder => Path.Combine(Root, "stories");
    public string FrameworksFolder => Path.Combine(Root, "frameworks");
    public string QuestionsFolder => Path.Combine(Root, "questions");

    /// <summary>The practice log <c>preppack practice</c> adds to; the user's file, beside the content it is
    /// about.</summary>
    public string PracticeLogFile => Path.Combine(Root, "practice", "log.yaml");

    public IReadOnlyList<string> StoryFiles => YamlFilesIn(StoriesFolder);
    public IReadOnlyList<string> FrameworkFiles => YamlFilesIn(FrameworksFolder);
    public IReadOnlyList<string> QuestionFiles => YamlFilesIn(QuestionsFolder);

    /// <summary>Whether a file in stories/, frameworks/ or questions/ is one the bank reads: YAML, and not an editor's
    /// own (<see cref="EditorFiles"/>).</summary>
    public static bool IsYaml(string path) =>
        (
            path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        ) && !EditorFiles.Holds(path);

    // Ordinal order so every machine reads, and prints, the stories in the same order.
    private static IReadOnlyList<string> YamlFilesIn(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(IsYaml).Order(StringComparer.Ordinal).ToList()
            : [];
}
