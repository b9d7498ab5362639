using System.Runtime.CompilerServices;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Incremental;
using PrepPack.Practice;

namespace PrepPack.Templates.Model;

/// <summary>A story as templates see it: the YAML fields plus what is derived from them.
/// Reading one records it, with a fingerprint, as an input of the output being made.</summary>
public sealed class StoryView(
    Story story,
    IReadOnlyList<Framework> frameworks,
    PracticeBudgets budgets,
    IReadOnlyList<Highlight> highlights,
    InputTracker tracker,
    PracticeStats? practice = null
)
{
    /// <summary>The story itself, for the model's own sorting and choosing; reading it records nothing.</summary>
    internal Story Raw => story;
    public string Id => story.Id;
    public string Title => Use(story.Title);

    /// <summary>What the one-page outputs print for the story: its <c>short_title</c>, or its title.</summary>
    public string ShortTitle => Use(story.ShortTitle ?? story.Title);
    public bool Flagship => Use(story.Flagship);
    public bool Failure => Use(story.IsFailure);
    public IReadOnlyList<string> Themes => Use(story.Themes);
    public Scores Scores => Use(story.Scores);
    public int Total => Use(story.Scores.Total);
    public string Highlight => Use(story.Highlight);

    /// <summary>The one line the cheat sheet prints for the story: its reminder, or its highlight.</summary>
    public string Reminder => Use(story.Reminder ?? story.Highlight);
    public StoryCard Card => Use(story.Card);
    public StarAnswer Star => Use(story.Star);
    public IReadOnlyList<KeyNumber> Numbers => Use(story.Numbers);
    public IReadOnlyList<FollowUp> FollowUps => Use(story.FollowUps);
    public FailureFrame? FailureFrame => Use(story.Failure);
    public GoalSignalMetric? Gsmt => Use(story.Gsmt);

    /// <summary>For each framework the story shows, the names of its principles there.</summary>
    public IReadOnlyList<StoryPrinciples> Principles => Use(_principles.Value);

    /// <summary>The full STAR answer's words, and how long it takes to tell.</summary>
    public int Words =>
        Use(
            SpeakingTime.Words([
                story.Star.Situation,
                story.Star.Task,
                .. story.Star.Actions,
                story.Star.Result,
                story.Star.Reflection,
            ])
        );
    public int SpeakingSeconds => SpeakingTime.Seconds(Words);
    public string SpeakingTimeText => SpeakingTime.Format(SpeakingSeconds);

    /// <summary>Each part's time, and the set-up, action and result against the profile's budgets.</summary>
    public StarTimesView Times => Use(new StarTimesView(story.Star, budgets));

    /// <summary>Whether the practice log has the story told aloud at least once; reading it records the log as an
    /// input.</summary>
    public bool Practised
    {
        get
        {
            if (practice is null)
                return false;
            if (practice.Log.File.Length > 0)
                tracker.File(practice.Log.File);
            return practice.OfStory(story.Id).Practised;
        }
    }

    /// <summary>Whether the story is ready to tell: its figure, follow-ups, time against the budget, and what to
    /// fix.</summary>
    public StoryReadinessView Readiness => Use(_readiness.Value);

    private readonly Lazy<StoryReadinessView> _readiness = new(() =>
        new StoryReadinessView(StoryReadiness.Of(story, budgets, frameworks.Count > 0, highlights))
    );

    private readonly Lazy<IReadOnlyList<StoryPrinciples>> _principles = new(() =>
        story
            .Principles.Select(l => (Link: l, Framework: frameworks.FirstOrDefault(f => f.Id == l.Framework.Id)))
            .Where(x => x.Framework is not null)
            .Select(x => new StoryPrinciples(
                x.Framework!.Id,
                x.Framework.Company,
                x.Link.Principles.Select(p => x.Framework.Find(p.Id)?.Name ?? p.Id).ToList()
            ))
            .ToList()
    );

    private T Use<T>(T value, [CallerMemberName] string property = "")
    {
        tracker.Value(InputKey.OfStory(story.File, property), () => Fingerprint.Of(value));
        return value;
    }
}

/// <summary>The principles one story shows in one framework.</summary>
public sealed record StoryPrinciples(string Framework, string Company, IReadOnlyList<string> Names);
