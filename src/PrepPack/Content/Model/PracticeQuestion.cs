namespace PrepPack.Content.Model;

/// <summary>A practice question of a principle, with the stories chosen for it and why, when the candidate
/// chose.</summary>
public sealed record PracticeQuestion
{
    public required string Ask { get; init; }
    public StoryChoice? Primary { get; init; }
    public StoryChoice? Backup { get; init; }

    /// <summary>Why this story answers this question: a reminder for the day.</summary>
    public string? Why { get; init; }
}
