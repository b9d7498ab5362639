using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>One framework's principles with their stories and readiness, and the stories told for too many of
/// them.</summary>
public sealed class FrameworkCoverage
{
    private FrameworkCoverage(
        Framework framework,
        IReadOnlyList<PrincipleCoverage> principles,
        int max,
        IReadOnlyList<OverusedStory> overused
    )
    {
        Framework = framework;
        Principles = principles;
        MaxPerStory = max;
        Overused = overused;
    }

    public Framework Framework { get; }
    public IReadOnlyList<PrincipleCoverage> Principles { get; }

    /// <summary>How many principles one story may carry: the framework's <c>max_principles_per_story</c>, or a fair
    /// share of the bank.</summary>
    public int MaxPerStory { get; }

    public IReadOnlyList<OverusedStory> Overused { get; }

    public int Strong => Principles.Count(p => p.Status == CoverageStatus.Strong);
    public int Thin => Principles.Count(p => p.Status == CoverageStatus.Thin);
    public int Gaps => Principles.Count(p => p.Status == CoverageStatus.Gap);

    /// <summary>"9 strong, 6 thin, 1 gap": the counts as <c>check</c>, <c>coverage</c> and <c>--format json</c> say
    /// them.</summary>
    public string Counts => $"{Strong} strong, {Thin} thin, {(Gaps == 1 ? "1 gap" : $"{Gaps} gaps")}";

    /// <summary>The line <c>check</c> gives the framework: "Coverage of Amazon (Leadership Principles): 9 strong, 6
    /// thin, 1 gap."</summary>
    public string Summary => $"Coverage of {Framework.Company} ({Framework.Name}): {Counts}.";

    public PrincipleCoverage? Find(string principleId) => Principles.FirstOrDefault(p => p.Principle.Id == principleId);

    /// <summary>A framework's coverage by the bank's stories; the bank's other frameworks suggest stories for its
    /// gaps.</summary>
    public static FrameworkCoverage Of(Framework framework, StoryBank bank)
    {
        var stories = bank.Stories;
        var max = framework.MaxPrinciplesPerStory ?? AutoPicker.FairShare(framework, stories.Count);
        var slots = AutoPicker.Pick(framework, bank, max);
        var similar = new SimilarStories(bank);
        var overused = stories
            .Select(story =>
                (story, carried: slots.Where(s => s.Stories.Contains(story)).Select(s => s.Principle).ToList())
            )
            .Where(x => x.carried.Count > max)
            .OrderBy(x => x.story.Id, StringComparer.Ordinal)
            .Select(x => new OverusedStory(x.story, x.carried, max))
            .ToList();
        return new(
            framework,
            slots.Select(s => CoverageReasons.Judge(framework, s, max, similar)).ToList(),
            max,
            overused
        );
    }
}
