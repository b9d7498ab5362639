using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Model;

/// <summary>One interview story, read from <c>content/stories/&lt;id&gt;.yaml</c>.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The id the file gave that cannot be an id (its error says so), the file's name standing in for it;
    /// null when the id was sound. A place that names the story by it is a follow-on of that error.</summary>
    public string? RefusedId { get; init; }

    /// <summary>A few words the one-page outputs print in place of a long title; null when not set.</summary>
    public string? ShortTitle { get; init; }
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

    /// <summary>Where each field is written, for warnings about it.</summary>
    public FieldPlaces Places { get; init; } = FieldPlaces.None;

    /// <summary>Where a field (<c>card.result</c>, <c>star.actions</c>) is written; the story's id when it is
    /// not.</summary>
    public SourceLocation At(string field) => Places.Of(field, IdAt);

    public bool IsFailure => Failure is not null;

    public bool Shows(string frameworkId, string principleId) =>
        Principles.Any(l => l.Framework.Id == frameworkId && l.Principles.Any(p => p.Id == principleId));
}
