using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Templates.Model;

/// <summary>One interview theme on the readiness page, with the story chosen for it (none when no story answers it).</summary>
public sealed class ReadinessThemeView(ThemeReadiness theme, StoryView? story)
{
    public string Name => theme.Theme.Name;

    /// <summary>How an interviewer asks for it.</summary>
    public string Question => theme.Theme.Question;
    public StoryView? Story => story;
    public bool Covered => theme.Covered;

    /// <summary>Whether the story's result says a figure.</summary>
    public bool Metric => theme.HasMetric;
    public int FollowUps => theme.FollowUps;

    /// <summary>How long the story takes to tell, as "1:45".</summary>
    public string Time => SpeakingTime.Format(theme.Seconds);
    public bool WithinTime => theme.WithinTime;

    /// <summary>The theme the same story is already told for, when no other story answers this one.</summary>
    public string? SharedWith => theme.SharedWith;
    public bool Ready => theme.Ready;
}
