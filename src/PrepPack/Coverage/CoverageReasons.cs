using PrepPack.Content.Model;
using PrepPack.Content.Readiness;

namespace PrepPack.Coverage;

/// <summary>
/// Judges a principle's stories as strong, thin or a gap, and says why in words the candidate can act
/// on. Strong needs two stories that show it, neither marked weak and both ready to tell by their own
/// rules (<see cref="StoryReadiness"/>): a backup that cannot be told yet is no backup.
/// </summary>
internal static class CoverageReasons
{
    public static PrincipleCoverage Judge(Framework framework, PrincipleSlots slots, int max, SimilarStories similar)
    {
        var (principle, primary, backup) = (slots.Principle, slots.Primary, slots.Backup);
        if (primary is null && backup is null)
        {
            var suggestion = similar.For(framework, principle, []);
            return new(principle, null, null, CoverageStatus.Gap, [Gap(principle, suggestion)])
            {
                GapSuggestion = suggestion.Stories > 0 ? suggestion : null,
            };
        }

        var reasons = new List<StoriesNamed>();
        if (primary is not null && backup is not null && primary.Story == backup.Story)
            reasons.Add(
                new(name => $"the primary and the backup are both '{name(primary.Story)}': choose another backup")
            );
        else if (backup is null)
        {
            var suggestion = similar.For(framework, principle, slots.Stories.ToList(), most: 2);
            reasons.Add(new(name => "only one story: add a backup" + Crowded(slots, max, suggestion, name)));
        }
        else if (primary is null)
            reasons.Add(new(_ => "only one story: add a primary"));

        foreach (var (place, pick) in Places(primary, backup))
        {
            if (!pick.Shows)
                reasons.Add(
                    new(name =>
                        $"'{name(pick.Story)}' does not list this principle: add it to the story's principles, or "
                        + "choose another story"
                    )
                );
            if (pick.IsWeak)
                reasons.Add(MarkedWeak(place, pick));
            if (!pick.Readiness.Ready)
                // A story already named as marked weak is not named again.
                reasons.Add(
                    pick.IsWeak
                        ? new(_ =>
                            $"nor is it ready to tell ({pick.Story.Scores.Total} of 15): {pick.Readiness.Lacks("it")}"
                        )
                        : NotReady(place, pick.Story, pick.Readiness)
                );
        }

        var picks = Places(primary, backup).Select(p => p.Pick.Story).Distinct().ToList();
        if (principle.NeedsFailure && !picks.Any(s => s.IsFailure))
            reasons.Add(
                new(name =>
                    picks.Count == 1
                        ? $"asked as a time you were wrong, but '{name(picks[0])}' is not a failure story: choose or "
                            + "tag a failure story"
                        : "asked as a time you were wrong, but neither story is a failure story: choose or tag a "
                            + "failure story"
                )
            );

        return new(
            principle,
            primary,
            backup,
            reasons.Count == 0 ? CoverageStatus.Strong : CoverageStatus.Thin,
            reasons
        );
    }

    /// <summary>"the backup 'x' (5 of 15) is not ready: it needs a figure in its result and follow-ups".</summary>
    public static StoriesNamed NotReady(string place, Story story, StoryReadiness readiness) =>
        new(name => $"the {place} '{name(story)}' ({story.Scores.Total} of 15) is not ready: {readiness.Lacks("it")}");

    // Stories that show a similar principle elsewhere, or are told for its words, come before writing one.
    private static StoriesNamed Gap(Principle principle, StorySuggestion similar)
    {
        var write = principle.NeedsFailure ? "write a failure story for it" : "write a story for it";
        return new(name =>
            similar.Stories switch
            {
                0 => principle.NeedsFailure
                    ? "no story shows it: add the principle to a failure story's principles, or write one"
                    : "no story shows it: add the principle to a story's principles, or write a story for it",
                1 => $"no story shows it, but {similar.Naming(name)}: add '{principle.Id}' to its principles, or "
                    + write,
                _ => $"no story shows it, but {similar.Naming(name)}: add '{principle.Id}' to the principles of one "
                    + $"of them, or {write}",
            }
        );
    }

    /// <summary>The reason a choice marked weak gives, its note included; beside the note, only that it is
    /// marked.</summary>
    public static StoriesNamed MarkedWeak(string place, StoryPick pick) =>
        new(name => $"the {place} '{name(pick.Story)}' is marked weak: {pick.Weak}")
        {
            BesideNotes = $"the {place} is marked weak",
        };

    public static IEnumerable<(string Place, StoryPick Pick)> Places(StoryPick? primary, StoryPick? backup)
    {
        if (primary is not null)
            yield return ("primary", primary);
        if (backup is not null && backup.Story != primary?.Story)
            yield return ("backup", backup);
    }

    // Another story shows the principle but already carries its share: say so, since tagging is not the fix.
    private static string Crowded(PrincipleSlots slots, int max, StorySuggestion similar, Func<Story, string> name) =>
        slots.CrowdedOut.Count switch
        {
            0 => similar.Stories switch
            {
                0 => "",
                1 => $" ({similar.Naming(name)}: add the principle to its principles)",
                _ => $" ({similar.Naming(name)}: add the principle to the principles of one of them)",
            },
            1 => $" ('{name(slots.CrowdedOut[0])}' also shows it, but already carries the most principles allowed, "
                + $"{max})",
            _ => $" ({string.Join(", ", slots.CrowdedOut.Select(s => $"'{name(s)}'"))} also show it, but already "
                + $"carry the most principles allowed, {max})",
        };
}
