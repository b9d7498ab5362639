namespace PrepPack.Content.Readiness;

/// <summary>
/// One interview theme and the story chosen to answer it, with what makes that story ready: a
/// figure in its result, follow-ups prepared, and a telling inside the whole-answer budget.
/// </summary>
/// <param name="StoryId">The story chosen, or null when no story answers the theme.</param>
/// <param name="SharedWith">Another theme the same story is already told for, when the bank has no other.</param>
public sealed record ThemeReadiness(
    InterviewTheme Theme,
    string? StoryId,
    bool HasMetric,
    int FollowUps,
    int Seconds,
    bool WithinTime,
    string? SharedWith)
{
    public bool Covered => StoryId is not null;
    public bool Ready => Covered && HasMetric && FollowUps > 0 && WithinTime && SharedWith is null;
}
