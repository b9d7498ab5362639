using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>Errors that need the whole bank: duplicate ids and ids that name nothing.</summary>
internal static class ReferenceCheck
{
    public static void Run(
        Profile? profile,
        IReadOnlyList<Story> stories,
        IReadOnlyList<Framework> frameworks,
        UnreadFiles unread,
        DiagnosticBag diagnostics
    )
    {
        ReportDuplicateStories(stories, diagnostics);
        ReportDuplicateFrameworks(frameworks, diagnostics);

        var storyIds = stories.Select(s => s.Id).Concat(unread.Stories).Distinct().ToList();
        if (profile is not null)
            foreach (var highlight in profile.Tmay.Highlights)
                CheckStory(highlight.Story, storyIds, "The highlight", diagnostics);

        foreach (var framework in frameworks)
        foreach (var principle in framework.Principles)
        {
            if (principle.Primary is { } primary)
                CheckStory(primary.Story, storyIds, $"The primary story of '{principle.Id}'", diagnostics);
            if (principle.Backup is { } backup)
                CheckStory(backup.Story, storyIds, $"The backup story of '{principle.Id}'", diagnostics);
            foreach (var question in principle.Questions)
            {
                if (question.Primary is { } p)
                    CheckStory(p.Story, storyIds, $"The primary story of a question of '{principle.Id}'", diagnostics);
                if (question.Backup is { } b)
                    CheckStory(b.Story, storyIds, $"The backup story of a question of '{principle.Id}'", diagnostics);
            }
        }

        foreach (var story in stories)
        foreach (var link in story.Principles)
            if (!unread.Frameworks.Contains(link.Framework.Id))
                CheckPrinciples(link, frameworks, diagnostics);
    }

    private static void ReportDuplicateStories(IReadOnlyList<Story> stories, DiagnosticBag diagnostics)
    {
        foreach (var group in stories.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
                diagnostics.Error(
                    other.IdAt,
                    DiagnosticCodes.DuplicateStoryId,
                    $"The story id '{group.Key}' is already used by {first.File}.",
                    "Give each story its own id, the same as its file name."
                );
        }
    }

    private static void ReportDuplicateFrameworks(IReadOnlyList<Framework> frameworks, DiagnosticBag diagnostics)
    {
        foreach (var group in frameworks.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        foreach (var other in group.Skip(1))
            diagnostics.Error(
                SourceLocation.StartOf(other.File),
                DiagnosticCodes.DuplicateFrameworkId,
                $"The framework id '{group.Key}' is already used by {group.First().File}.",
                "Give each framework its own id, the same as its file name."
            );
    }

    public static void CheckStory(
        SourceRef reference,
        IReadOnlyList<string> storyIds,
        string who,
        DiagnosticBag diagnostics
    )
    {
        if (storyIds.Contains(reference.Id))
            return;
        diagnostics.Error(
            reference.At,
            DiagnosticCodes.UnknownStory,
            $"{who} names the story '{reference.Id}', but there is no such story.",
            Suggest(reference.Id, storyIds, "stories/<id>.yaml files")
        );
    }

    public static void CheckPrinciples(
        PrincipleLink link,
        IReadOnlyList<Framework> frameworks,
        DiagnosticBag diagnostics
    )
    {
        var framework = frameworks.FirstOrDefault(f => f.Id == link.Framework.Id);
        if (framework is null)
        {
            diagnostics.Error(
                link.Framework.At,
                DiagnosticCodes.UnknownFramework,
                $"There is no framework '{link.Framework.Id}'.",
                Suggest(link.Framework.Id, frameworks.Select(f => f.Id), "frameworks/<id>.yaml files")
            );
            return;
        }
        // A framework with no principles read, one without its id or two of one id has its own error: the name
        // looked for may be the one that principle was meant to have.
        if (
            framework.Principles.Count == 0
            || framework.Principles.Any(p => p.Id.Length == 0)
            || framework.Principles.DistinctBy(p => p.Id).Count() < framework.Principles.Count
        )
            return;
        foreach (var principle in link.Principles.Where(p => framework.Find(p.Id) is null))
        {
            if (ListWithoutBrackets(principle.Id, framework) is { } list)
            {
                diagnostics.Error(
                    principle.At,
                    DiagnosticCodes.UnknownPrinciple,
                    $"'{principle.Id}' is read as one principle of '{framework.Id}' with commas in its name: without "
                        + "brackets, commas do not make a list.",
                    $"Write the list in brackets: {link.Framework.Id}: [{list}]."
                );
                continue;
            }
            diagnostics.Error(
                principle.At,
                DiagnosticCodes.UnknownPrinciple,
                $"The framework '{framework.Id}' has no principle '{principle.Id}'.",
                Suggest(principle.Id, framework.Principles.Select(p => p.Id), framework.File)
            );
        }
    }

    /// <summary>"grit, craft" when the framework has principles of those names: the list the user meant.</summary>
    private static string? ListWithoutBrackets(string id, Framework framework)
    {
        var parts = id.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.Any(p => framework.Find(p) is not null) ? string.Join(", ", parts) : null;
    }

    /// <summary>The one id that begins with the given one and goes on ("have-backbone" for
    /// "have-backbone-disagree-and-commit"): the start of a long id, typed from memory.</summary>
    private static string? OnlyLonger(string given, IReadOnlyList<string> ids)
    {
        var longer = ids.Where(id => id.StartsWith(given + "-", StringComparison.OrdinalIgnoreCase)).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }

    public static string Suggest(string given, IEnumerable<string> known, string whereListed)
    {
        var ids = known.Where(id => id.Length > 0).Distinct().ToList();
        if ((DidYouMean.Closest(given, ids) ?? OnlyLonger(given, ids)) is { } closest)
            return $"Did you mean '{closest}'?";
        return ids.Count == 0
            ? $"None are defined yet; see the {whereListed}."
            : $"Known ids are: {string.Join(", ", ids)}.";
    }
}
