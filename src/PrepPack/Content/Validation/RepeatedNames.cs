using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>
/// PP0262: a name written twice where once is meant: a story twice among the profile's highlights (the page
/// prints it twice), a principle twice in a story's list (it counts once), a question whose backup is its primary
/// story (there is no second story to tell). Each is a warning at the second mention, naming the first.
/// </summary>
internal static class RepeatedNames
{
    public static void Run(
        Profile? profile,
        IReadOnlyList<Story> stories,
        IReadOnlyList<Question> questions,
        DiagnosticBag diagnostics
    )
    {
        if (profile is not null)
            Twice(
                profile.Tmay.Highlights.Select(h => h.Story),
                "among the highlights of 'tmay'",
                "the page would print its highlight twice",
                diagnostics
            );
        foreach (var story in stories)
        foreach (var link in story.Principles)
            Twice(link.Principles, $"under '{link.Framework.Id}'", "it counts once", diagnostics);
        foreach (var question in questions)
            if (
                question.Backup is { } backup
                && backup.Story.Id.Length > 0
                && backup.Story.Id == question.Primary.Story.Id
            )
                diagnostics.Warning(
                    backup.Story.At,
                    DiagnosticCodes.RepeatedName,
                    $"The question's backup is its primary story, '{backup.Story.Id}', so there is no second story to "
                        + "tell if the first one is used up earlier in the interview.",
                    "Name another story as the backup, or remove 'backup:'."
                );
    }

    private static void Twice(IEnumerable<SourceRef> names, string where, string effect, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => n.Id.Length > 0))
            if (!first.TryAdd(name.Id, name))
                diagnostics.Warning(
                    name.At,
                    DiagnosticCodes.RepeatedName,
                    $"'{name.Id}' is written a second time {where} (first at line {first[name.Id].At.Line}); {effect}.",
                    "Delete this one, or name the other you meant."
                );
    }
}
