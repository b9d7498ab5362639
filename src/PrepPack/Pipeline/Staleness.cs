using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Templates;

namespace PrepPack.Pipeline;

/// <summary>Whether an output must be made again, and in plain words why.</summary>
internal static class Staleness
{
    /// <summary>Null when the output is up to date; otherwise the reason to rebuild it.</summary>
    /// <param name="template">The template that makes the output now.</param>
    public static string? Reason(OutputRecord? record, string template, string outputFolder, CurrentInputs current)
    {
        if (record is null)
            return "it is new";
        var file = Path.Combine(outputFolder, record.Output);
        if (!File.Exists(file))
            return $"{record.Output} is missing";
        // Another templates folder (the built-in set copied out, another --templates): the record's
        // inputs are the other folder's files, which would not show an edit of this one.
        if (record.Template.Length > 0 && Path.GetFullPath(record.Template) != Path.GetFullPath(template))
            return $"it is now made from {Display(template)}";
        // In kind order, so the reason given is the broadest that applies.
        foreach (var (input, recorded) in record.Inputs.OrderBy(i => i.Key))
        {
            var now = current.Of(input);
            if (now != recorded)
                return Changed(input, now);
        }
        // The same size and date as the last build left it: as make does, take it as untouched.
        var info = new FileInfo(file);
        if (info.Length == record.Length && info.LastWriteTimeUtc == record.Written)
            return null;
        if (FileHashes.Of(File.ReadAllBytes(file)) != record.Hash)
            return $"{record.Output} was changed outside PrepPack";
        return null;
    }

    /// <summary>"content/stories/x.yaml changed (card)", or for the list: "the order of the stories changed".</summary>
    private static string Changed(InputKey input, string? now) =>
        input.Kind switch
        {
            InputKind.Tool => "PrepPack itself changed",
            InputKind.SourceDate => $"{SourceDateEpoch.Variable} changed",
            InputKind.File when now == FileHashes.Missing => $"{Display(input.File)} was removed",
            InputKind.File => $"{Display(input.File)} changed",
            InputKind.Story or InputKind.FrameworkChoices when !File.Exists(input.File) =>
                $"{Display(input.File)} was removed",
            InputKind.Story => $"{Display(input.File)} changed ({TemplateNames.SnakeCase(input.Part ?? "")})",
            InputKind.FrameworkChoices => $"the stories chosen for {Display(input.File)} changed",
            InputKind.StoryOrder => "the list or order of the stories changed",
            InputKind.Flagship => "the flagship story changed",
            InputKind.Failures => "the failure stories changed",
            InputKind.Themes => "which story to tell for a theme changed",
            InputKind.Lesson => "the lesson for the notepad changed",
            InputKind.OnePage => $"the stories with room on its one page changed ({input.Part})",
            InputKind.Readiness => "the readiness of the bank for an interview changed",
            InputKind.Interview => now is { Length: > 0 }
                ? $"the interview is now for the framework '{now}'"
                : "no framework is chosen for the interview now",
            _ => $"the record of the last build names an input this PrepPack does not know ('{input.File}')",
        };

    /// <summary>A path as the user typed it: relative to where they are, when it is below there.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var shown = BuiltInTemplates.Display(path)
            ?? (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative);
        return Directory.Exists(path) ? $"the list of files in {shown}" : shown;
    }
}
