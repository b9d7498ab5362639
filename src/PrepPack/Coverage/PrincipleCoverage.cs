using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>A principle with the stories to tell for it, how ready it is, and why, in words.</summary>
/// <param name="Said">What makes it thin or a gap, each with what to do, naming stories by id or by title; empty
/// when strong.</param>
public sealed record PrincipleCoverage(
    Principle Principle,
    StoryPick? Primary,
    StoryPick? Backup,
    CoverageStatus Status,
    IReadOnlyList<StoriesNamed> Said
)
{
    /// <summary>The reasons as <c>check</c> says them, naming stories by id.</summary>
    public IReadOnlyList<string> Reasons => Said.Select(r => r.ToString()).ToList();

    /// <summary>The reasons naming each story by <paramref name="name"/>, as a page names it.</summary>
    public IReadOnlyList<string> ReasonsNaming(Func<Story, string> name) => Said.Select(r => r.Naming(name)).ToList();

    /// <summary>The reasons as one line, or null when there is nothing to fix.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);

    /// <summary>"strong", "thin" or "gap": the status as templates and the terminal print it.</summary>
    public string StatusWord => Status.ToString().ToLowerInvariant();

    /// <summary>For a gap, the stories that show a similar principle elsewhere or are told for its words:
    /// "'phi-vendor' shows Google's 'Values feedback'"; null when there are none.</summary>
    public StorySuggestion? GapSuggestion { get; init; }

    /// <summary>The primary, then the backup, where there are stories.</summary>
    public IEnumerable<StoryPick> Picks => new[] { Primary, Backup }.OfType<StoryPick>();
}
