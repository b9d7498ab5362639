using PrepPack.Diagnostics;

namespace PrepPack.Content.Model;

/// <summary>One interview story, read from <c>content/stories/&lt;id&gt;.yaml</c>.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public bool Flagship { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public required Scores Scores { get; init; }
    public required string Highlight { get; init; }
    public string? Reminder { get; init; }
    public required StoryCard Card { get; init; }
    public required StarAnswer Star { get; init; }
    public IReadOnlyList<KeyNumber> Numbers { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
    public FailureFrame? Failure { get; init; }
    public GoalSignalMetric? Gsmt { get; init; }
    public IReadOnlyList<PrincipleLink> Principles { get; init; } = [];

    /// <summary>The file the story came from, for messages and rebuilds.</summary>
    public required string File { get; init; }
    public SourceLocation IdAt { get; init; }

    public bool IsFailure => Failure is not null;

    public bool Shows(string frameworkId, string principleId) =>
        Principles.Any(l => l.Framework.Id == frameworkId && l.Principles.Any(p => p.Id == principleId));
}
