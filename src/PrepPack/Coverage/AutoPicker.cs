using PrepPack.Content.Model;
using PrepPack.Content.Readiness;

namespace PrepPack.Coverage;

/// <summary>
/// Fills the places the framework file leaves empty, as a coach would: only stories that show the
/// principle; failure stories first where the principle is asked as "a time you were wrong"; then
/// the best fit by themes and scores; and no story past its fair share of principles, so one
/// strong story is not told in every interview of a loop. The same bank always gives the same picks.
/// </summary>
internal static class AutoPicker
{
    /// <summary>Principles carried per story when the framework sets no limit: twice the principles (a primary and a
    /// backup each) shared by the bank, and at least two.</summary>
    public static int FairShare(Framework framework, int stories) =>
        stories == 0 ? 2 : Math.Max(2, (2 * framework.Principles.Count + stories - 1) / stories);

    public static IReadOnlyList<PrincipleSlots> Pick(Framework framework, StoryBank bank, int max)
    {
        var stories = bank.Stories;
        var slots = framework
            .Principles.Select(p => new PrincipleSlots(p, stories.Where(s => s.Shows(framework.Id, p.Id)).ToList()))
            .ToList();
        foreach (var slot in slots)
        {
            slot.Primary = Named(framework, slot.Principle, slot.Principle.Primary, bank);
            slot.Backup = Named(framework, slot.Principle, slot.Principle.Backup, bank);
        }

        // The principles with the fewest stories choose first, so a story that is the only one for
        // a principle is not used up by principles that had others to choose from.
        var order = slots
            .Select((slot, index) => (slot, index))
            .OrderBy(x => x.slot.Showing.Count)
            .ThenBy(x => x.index)
            .Select(x => x.slot)
            .ToList();

        // Primaries for every principle before any backup: the first story told matters most.
        foreach (var slot in order.Where(s => s.Primary is null))
        {
            var candidates = Ranked(slot, slots, exclude: slot.Backup?.Story, bank);
            // A primary may go past the limit rather than leave a gap; the over-use is reported.
            var chosen = candidates.FirstOrDefault(s => Load(s, slots) < max) ?? candidates.FirstOrDefault();
            if (chosen is not null)
                slot.Primary = Picked(chosen, bank);
        }
        foreach (var slot in order.Where(s => s.Backup is null))
        {
            var candidates = Ranked(slot, slots, exclude: slot.Primary?.Story, bank);
            var chosen = candidates.FirstOrDefault(s => Load(s, slots) < max);
            if (chosen is not null)
                slot.Backup = Picked(chosen, bank);
            else
                slot.CrowdedOut = candidates;
        }
        return slots;
    }

    private static StoryPick? Named(Framework framework, Principle principle, StoryChoice? choice, StoryBank bank) =>
        choice is not null && bank.Stories.FirstOrDefault(s => s.Id == choice.Story.Id) is { } story
            ? new StoryPick(
                story,
                Named: true,
                choice.Weak,
                choice.Story.At,
                story.Shows(framework.Id, principle.Id),
                StoryReadiness.Of(story, bank)
            )
            : null;

    private static StoryPick Picked(Story story, StoryBank bank) =>
        new(story, Named: false, Weak: null, At: null, Shows: true, StoryReadiness.Of(story, bank));

    private static List<Story> Ranked(
        PrincipleSlots slot,
        IReadOnlyList<PrincipleSlots> all,
        Story? exclude,
        StoryBank bank
    ) =>
        slot
            .Showing.Where(s => s != exclude)
            .OrderBy(s => slot.Principle.NeedsFailure && !s.IsFailure ? 1 : 0)
            // A story ready to tell before one that is not: a pick that cannot be told yet would leave the principle
            // thin.
            .ThenBy(s => StoryReadiness.Of(s, bank).Ready ? 0 : 1)
            .ThenByDescending(s => StoryFit.Of(s, slot.Principle))
            .ThenByDescending(s => s.Scores.Total)
            .ThenBy(s => Load(s, all))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>How many principles of the framework a story is told for so far.</summary>
    public static int Load(Story story, IEnumerable<PrincipleSlots> slots) =>
        slots.Count(s => s.Stories.Contains(story));
}
