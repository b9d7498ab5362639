using PrepPack.Diagnostics;

namespace PrepPack.Content;

/// <summary>
/// Checks that each place the content folder reads is the kind of thing it must be: profile.yaml a
/// file; stories/, frameworks/ and questions/ folders; each story, framework and question a file
/// (the practice log's places are checked where it is written, by 'preppack practice'). A wrong
/// kind is otherwise skipped without a word, or reported as missing, which sends the user looking
/// for the wrong thing.
/// </summary>
internal static class ContentLayout
{
    /// <summary>Reports each wrong kind; returns whether stories/ and frameworks/ stand as files, so references to
    /// their stories and frameworks are not reported again.</summary>
    public static (bool StoriesUnread, bool FrameworksUnread) Check(ContentFolder folder, DiagnosticBag diagnostics)
    {
        if (Directory.Exists(folder.ProfileFile))
            Wrong(
                diagnostics,
                folder.ProfileFile,
                "profile.yaml is a folder, but it must be a file: the one that holds your name, roles and 'tell me "
                    + "about yourself'.",
                "Move what the folder holds elsewhere, remove it, and make profile.yaml a file ('preppack init' in an "
                    + "empty folder shows one)."
            );
        var stories = FolderIsFile(diagnostics, folder.StoriesFolder, "stories", "one .yaml file per story");
        var frameworks = FolderIsFile(
            diagnostics,
            folder.FrameworksFolder,
            "frameworks",
            "one .yaml file per company framework"
        );
        FolderIsFile(diagnostics, folder.QuestionsFolder, "questions", "one .yaml file per question");
        foreach (
            var (place, kind) in new[]
            {
                (folder.StoriesFolder, "story"),
                (folder.FrameworksFolder, "framework"),
                (folder.QuestionsFolder, "question"),
            }
        )
        foreach (var entry in YamlFolders(place))
            Wrong(
                diagnostics,
                entry,
                $"{Path.GetFileName(entry)} is a folder (or a link to one), so it is not read as a {kind}.",
                $"Each {kind} is a file of its own: move the folder out of {Path.GetFileName(place)}/, or rename "
                    + "it so its name does not end in .yaml."
            );
        return (stories, frameworks);
    }

    private static bool FolderIsFile(DiagnosticBag diagnostics, string folder, string name, string holds)
    {
        if (!File.Exists(folder))
            return false;
        Wrong(
            diagnostics,
            folder,
            $"'{name}' is a file, but it must be a folder that holds {holds}, so nothing in it is read.",
            $"Rename the file (it may be one of yours, saved without its folder) and make a folder '{name}' for it."
        );
        return true;
    }

    private static IEnumerable<string> YamlFolders(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder).Where(ContentFolder.IsYaml).Order(StringComparer.Ordinal)
            : [];

    private static void Wrong(DiagnosticBag diagnostics, string path, string message, string hint) =>
        diagnostics.Error(SourceLocation.WholeOf(path), DiagnosticCodes.WrongKindOfEntry, message, hint);
}
