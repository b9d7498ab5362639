using PrepPack.Content.Model;

namespace PrepPack.Content.Readiness;

/// <summary>
/// One interview theme, the story chosen to answer it and whether that story is ready to tell
/// (<see cref="StoryReadiness"/>, the rule each story's own page uses), with what to do when not.
/// </summary>
/// <param name="StoryId">The story chosen, or null when no story answers the theme.</param>
/// <param name="Story">The chosen story's readiness, or null when no story answers the theme.</param>
/// <param name="SharedWith">Another theme the same story is already told for, when the bank has no other.</param>
/// <param name="Missing">What is missing, naming the theme and the nearest fix, stories by their ids as <c>check</c>
/// says it; null when the theme is ready.</param>
public sealed record ThemeReadiness(
    InterviewTheme Theme,
    string? StoryId,
    StoryReadiness? Story,
    string? SharedWith,
    string? Missing
)
{
    public bool Covered => StoryId is not null;

    /// <summary>The <see cref="Missing"/> line with each story named by <paramref name="name"/>: a page names
    /// stories by their titles, as the rest of the page does.</summary>
    public string? MissingNaming(Func<Story, string> name) => Say is null ? Missing : Say(name);

    /// <summary>Makes the missing line naming each story as it is told to.</summary>
    internal Func<Func<Story, string>, string>? Say { get; init; }

    public bool Ready => Missing is null;

    public bool HasMetric => Story?.HasMetric ?? false;
    public int FollowUps => Story?.FollowUps ?? 0;
    public int Seconds => Story?.Seconds ?? 0;
    public bool WithinTime => Story?.WithinTime ?? false;

    /// <summary>Whether the chosen story passes its own readiness rules, whatever other theme it is told for.</summary>
    public bool StoryReady => Story?.Ready ?? false;
}
