using PrepPack.Content.Model;
using PrepPack.Content.Readiness;

namespace PrepPack.Coverage;

/// <summary>
/// Stories to consider for a principle none (or only one) of the chosen stories shows: first those
/// that show a similar principle in another framework (Stripe's "Seek feedback" and Google's "Values
/// feedback"), then those whose question themes match its words; the ready and higher scoring first.
/// </summary>
internal sealed class SimilarStories(StoryBank bank)
{
    private const int Most = 3;

    /// <summary>The stories to consider with why, stories with the same reason said together:
    /// "'phi-vendor' and 'atlas' show Google's 'Values feedback'", "'kiln' is told for 'feedback'".</summary>
    public StorySuggestion For(
        Framework framework,
        Principle principle,
        IReadOnlyCollection<Story> taken,
        int most = Most
    )
    {
        var found = Find(framework, principle, taken).Take(most).ToList();
        var groups = found
            .GroupBy(f => (f.One, f.Many), f => f.Story)
            .Select(g => new SuggestedStories(g.ToList(), g.Key.One, g.Key.Many))
            .ToList();
        return found.Count == 0 ? StorySuggestion.None : new(groups);
    }

    private List<(Story Story, string One, string Many)> Find(
        Framework framework,
        Principle principle,
        IReadOnlyCollection<Story> taken
    )
    {
        var names = PrincipleWords.Stems(principle.Id + " " + principle.Name);
        var about = PrincipleWords.Stems(string.Join(' ', [principle.Emphasise, .. principle.Signals]));
        var found = new List<(Story Story, string One, string Many)>();

        var similar = bank
            .Frameworks.Where(f => f.Id != framework.Id)
            .SelectMany(f => f.Principles.Select(p => (Framework: f, Principle: p, Score: Similarity(names, about, p))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score);
        foreach (var (other, near, _) in similar)
        foreach (var story in Ranked(bank.Stories.Where(s => s.Shows(other.Id, near.Id))))
            if (!taken.Contains(story) && found.All(f => f.Story != story))
                found.Add((story, $"shows {other.Company}'s '{near.Name}'", $"show {other.Company}'s '{near.Name}'"));

        foreach (var story in Ranked(bank.Stories.Where(s => StoryFit.Of(s, principle) > 0)))
            if (!taken.Contains(story) && found.All(f => f.Story != story) && !story.Shows(framework.Id, principle.Id))
            {
                var theme = story.Themes.First(t => PrincipleWords.Shared(PrincipleWords.Stems(t), names) > 0);
                found.Add((story, $"is told for '{theme}'", $"are told for '{theme}'"));
            }
        return found;
    }

    // Names that share a word weigh most; a name that one principle's description uses counts too.
    private static int Similarity(IReadOnlyList<string> names, IReadOnlyList<string> about, Principle other)
    {
        var otherNames = PrincipleWords.Stems(other.Id + " " + other.Name);
        var otherAbout = PrincipleWords.Stems(string.Join(' ', [other.Emphasise, .. other.Signals]));
        return 2 * PrincipleWords.Shared(names, otherNames)
            + PrincipleWords.Shared(names, otherAbout)
            + PrincipleWords.Shared(about, otherNames);
    }

    private IEnumerable<Story> Ranked(IEnumerable<Story> stories) =>
        stories
            .OrderByDescending(s => StoryReadiness.Of(s, bank).Ready)
            .ThenByDescending(s => s.Scores.Total)
            .ThenBy(s => s.Id, StringComparer.Ordinal);
}
