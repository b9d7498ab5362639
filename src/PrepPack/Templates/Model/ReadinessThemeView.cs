using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Templates.Model;

/// <summary>One interview theme on the readiness page, with the story chosen for it (none when no story answers
/// it).</summary>
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

    /// <summary>Whether the theme counts: a story of its own that is ready to tell.</summary>
    public bool Ready => theme.Ready;

    /// <summary>Whether the chosen story passes its own readiness rules, as its page in the binder says.</summary>
    public bool StoryReady => theme.StoryReady;

    /// <summary>What is missing and the nearest fix, as <c>check</c> says it but naming stories by title; null when
    /// ready.</summary>
    public string? Missing => theme.MissingNaming(s => s.Title);
}
