using PrepPack.Content.Model;
using PrepPack.Content.Validation.Strength;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>Warnings: the bank works, but the printed pack would be weaker for it. The checks of each
/// story are rules of their own, in <c>Strength/</c>.</summary>
internal static class ContentAdvice
{
    public static void Run(
        Profile profile,
        IReadOnlyList<Story> stories,
        IReadOnlyList<Framework> frameworks,
        UnreadFiles unread,
        string storiesFolder,
        DiagnosticBag diagnostics
    )
    {
        // Advice about the bank as a whole waits until every file of its kind reads: a story that
        // could not be read may be the flagship, a framework that could not be read may be the one named.
        var flagships = stories.Where(s => s.Flagship).ToList();
        if (flagships.Count == 0 && stories.Count > 0 && unread.Stories.Count == 0)
            diagnostics.Warning(
                SourceLocation.WholeOf(storiesFolder),
                DiagnosticCodes.FlagshipCount,
                "No story is marked as the flagship, so the cheat sheet has no key project to open with.",
                "Add 'flagship: true' to your strongest story."
            );
        foreach (var extra in flagships.Skip(1))
            diagnostics.Warning(
                extra.IdAt,
                DiagnosticCodes.FlagshipCount,
                $"More than one story is marked flagship; '{flagships[0].Id}' is used and this one is not.",
                "Keep 'flagship: true' on one story only."
            );
        if (flagships.Count > 0 && flagships[0].Gsmt is null)
            diagnostics.Warning(
                flagships[0].IdAt,
                DiagnosticCodes.FlagshipWithoutGoal,
                "The flagship story has no 'gsmt' (goal, signal, metric, target) for the cheat sheet.",
                "Add a 'gsmt:' group with goal, signal, metric and target."
            );

        StoryStrength.Run(
            stories,
            new StrengthContext(profile.Practice, frameworks.Count > 0) { Highlights = profile.Tmay.Highlights },
            diagnostics
        );
        StoriesAlike.Run(stories, diagnostics);
        PrinciplesClaimed.Run(stories, frameworks, diagnostics);

        // None at all is an error where 'tmay:' or 'highlights:' is missing or empty; a count of them would follow it.
        var highlights = profile.Tmay.Highlights.Count;
        if (highlights is 1 or > 3)
            diagnostics.Warning(
                SourceLocation.StartOf(profile.File),
                DiagnosticCodes.HighlightCount,
                $"'tell me about yourself' has {highlights} highlights; two or three fit in two minutes.",
                "Keep two or three entries under 'tmay: highlights:'."
            );

        if (unread.Frameworks.Count > 0)
            return;
        foreach (var reason in profile.WhyCompany.Where(r => !frameworks.Any(f => Names(f, r.Company.Id))))
            diagnostics.Warning(
                reason.Company.At,
                DiagnosticCodes.UnknownCompany,
                $"'{reason.Company.Id}' in why_company matches no framework, so no document will print it.",
                frameworks.Count == 0
                    ? "Add the company's framework as frameworks/<id>.yaml ('preppack init --framework amazon' in an "
                        + "empty folder shows one), or remove this entry."
                    : "Use a framework id, such as " + string.Join(" or ", frameworks.Select(f => $"'{f.Id}'")) + "."
            );
    }

    private static bool Names(Framework framework, string company) =>
        framework.Id == company || string.Equals(framework.Company, company, StringComparison.OrdinalIgnoreCase);
}
