namespace PrepPack.Content.Readiness;

/// <summary>
/// One interview theme, the story chosen to answer it and whether that story is ready to tell
/// (<see cref="StoryReadiness"/>, the rule each story's own page uses), with what to do when not.
/// </summary>
/// <param name="StoryId">The story chosen, or null when no story answers the theme.</param>
/// <param name="Story">The chosen story's readiness, or null when no story answers the theme.</param>
/// <param name="SharedWith">Another theme the same story is already told for, when the bank has no other.</param>
/// <param name="Missing">What is missing, naming the theme and the nearest fix; null when the theme is ready.</param>
public sealed record ThemeReadiness(
    InterviewTheme Theme,
    string? StoryId,
    StoryReadiness? Story,
    string? SharedWith,
    string? Missing
)
{
    public bool Covered => StoryId is not null;
    public bool Ready => Missing is null;

    public bool HasMetric => Story?.HasMetric ?? false;
    public int FollowUps => Story?.FollowUps ?? 0;
    public int Seconds => Story?.Seconds ?? 0;
    public bool WithinTime => Story?.WithinTime ?? false;

    /// <summary>Whether the chosen story passes its own readiness rules, whatever other theme it is told for.</summary>
    public bool StoryReady => Story?.Ready ?? false;
}
