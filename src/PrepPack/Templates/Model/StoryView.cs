using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>A story as templates see it: the YAML fields plus what is derived from them.</summary>
public sealed class StoryView(Story story, IReadOnlyList<Framework> frameworks)
{
    public Story Source => story;
    public string Id => story.Id;
    public string Title => story.Title;
    public bool Flagship => story.Flagship;
    public bool Failure => story.IsFailure;
    public IReadOnlyList<string> Themes => story.Themes;
    public Scores Scores => story.Scores;
    public int Total => story.Scores.Total;
    public string Highlight => story.Highlight;

    /// <summary>The one line the cheat sheet prints for the story: its reminder, or its highlight.</summary>
    public string Reminder => story.Reminder ?? story.Highlight;
    public StoryCard Card => story.Card;
    public StarAnswer Star => story.Star;
    public IReadOnlyList<KeyNumber> Numbers => story.Numbers;
    public IReadOnlyList<FollowUp> FollowUps => story.FollowUps;
    public FailureFrame? FailureFrame => story.Failure;
    public GoalSignalMetric? Gsmt => story.Gsmt;

    /// <summary>For each framework the story shows, the names of its principles there.</summary>
    public IReadOnlyList<StoryPrinciples> Principles { get; } = story.Principles
        .Select(l => (Link: l, Framework: frameworks.FirstOrDefault(f => f.Id == l.Framework.Id)))
        .Where(x => x.Framework is not null)
        .Select(x => new StoryPrinciples(x.Framework!.Id, x.Framework.Company,
            x.Link.Principles.Select(p => x.Framework.Find(p.Id)?.Name ?? p.Id).ToList()))
        .ToList();

    /// <summary>The full STAR answer's words, and how long it takes to tell.</summary>
    public int Words => SpeakingTime.Words([story.Star.Situation, story.Star.Task, .. story.Star.Actions, story.Star.Result, story.Star.Reflection]);
    public int SpeakingSeconds => SpeakingTime.Seconds(Words);
    public string SpeakingTimeText => SpeakingTime.Format(SpeakingSeconds);
}

/// <summary>The principles one story shows in one framework.</summary>
public sealed record StoryPrinciples(string Framework, string Company, IReadOnlyList<string> Names);
