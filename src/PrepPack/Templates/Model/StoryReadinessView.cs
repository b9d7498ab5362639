using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Templates.Model;

/// <summary>
/// Whether a story is ready to tell, for its line in the binder: <c>story.readiness.metric</c>,
/// <c>follow_ups</c>, <c>time</c> of <c>budget</c>, and <c>to_fix</c>, what the strength checks ask for besides.
/// </summary>
public sealed class StoryReadinessView(StoryReadiness readiness)
{
    /// <summary>Whether the result says a figure.</summary>
    public bool Metric => readiness.HasMetric;
    public int FollowUps => readiness.FollowUps;

    /// <summary>How long the STAR answer takes to tell, as "1:45", and the whole-answer budget, as "2:00".</summary>
    public string Time => SpeakingTime.Format(readiness.Seconds);
    public string Budget => SpeakingTime.Format(readiness.WholeBudget);
    public bool WithinTime => readiness.WithinTime;

    /// <summary>A few words each: "actions told as \"I\"", "a shorter set-up (0:40 of 0:30)".</summary>
    public IReadOnlyList<string> ToFix => readiness.ToFix;

    /// <summary>A figure, follow-ups, inside the time, and nothing else to fix.</summary>
    public bool Ready => readiness.Ready;
}
