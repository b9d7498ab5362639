namespace PrepPack.Content.Model;

/// <summary>Everything in a content folder: the candidate, their stories and the frameworks they prepare for.</summary>
public sealed record StoryBank(Profile Profile, IReadOnlyList<Story> Stories, IReadOnlyList<Framework> Frameworks)
{
    /// <summary>The likely questions, each with the story to tell and how; in file order.</summary>
    public IReadOnlyList<Question> Questions { get; init; } = [];

    /// <summary>What was practised, from the practice log; empty when there is none yet.</summary>
    public PracticeLog Practice { get; init; } = PracticeLog.Empty("");
}
