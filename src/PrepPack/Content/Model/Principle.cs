namespace PrepPack.Content.Model;

/// <summary>One principle of a company framework, with what a story should stress for it.</summary>
public sealed record Principle
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Emphasise { get; init; }
    public IReadOnlyList<string> Signals { get; init; } = [];
    public IReadOnlyList<PracticeQuestion> Questions { get; init; } = [];
    public StoryChoice? Primary { get; init; }
    public StoryChoice? Backup { get; init; }

    /// <summary>Asked as "a time you were wrong" (<c>needs: failure</c>): a failure story answers it best.</summary>
    public bool NeedsFailure { get; init; }
}
