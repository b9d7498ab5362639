using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// A question as templates see it: <c>question.ask</c>, the <c>story</c> to tell (a story view, so
/// <c>question.story.title</c>), its <c>angle</c>, the STAR answer as told for it (<c>star</c>, the script's parts
/// over the story's) with the <c>times</c> of each part, <c>cues</c>, <c>follow_ups</c> and <c>probes</c>.
/// Reading it records the question's file as an input; what it reads of the story records the story's.
/// </summary>
public sealed class QuestionView(
    Question question,
    StoryView story,
    StoryView? backup,
    IReadOnlyList<QuestionTarget> targets,
    PracticeBudgets budgets,
    Action<Question> read,
    Action? readBudgets = null
)
{
    /// <summary>The question itself, for the model's own sorting and choosing; reading it records nothing.</summary>
    internal Question Raw => question;

    public string Id => question.Id;
    public string Ask => Use(question.Ask);
    public StoryView Story => Use(story);
    public StoryView? Backup => Use(backup);
    public string? StoryWeak => Use(question.Primary.Weak);
    public string? BackupWeak => Use(question.Backup?.Weak);

    /// <summary>Each framework the question is asked for, with the principles it asks about there.</summary>
    public IReadOnlyList<QuestionTarget> AskedFor => Use(targets);

    /// <summary>The frameworks whose principles, asked about here, the story told shows none of; empty when it
    /// fits.</summary>
    public IReadOnlyList<QuestionTarget> Misfits
    {
        get
        {
            // What the story shows decides it: reading it records the story's principles, so editing them makes the
            // page again.
            _ = story.Principles;
            return Use(targets.Where(t => t.StoryShowsNone).ToList());
        }
    }
    public QuestionAngle Angle => Use(question.Angle);

    /// <summary>The STAR answer as told for this question.</summary>
    public StarAnswer Star => Use(question.Told(story.Star));
    public StarTimesView Times
    {
        get
        {
            // The budgets are the profile's: reading them records it, so a new budget makes the page again.
            readBudgets?.Invoke();
            return new(Star, budgets);
        }
    }

    /// <summary>Whether the question tells a part in its own words, rather than the story's.</summary>
    public bool OwnScript => Use(!question.Script.IsEmpty);

    /// <summary>Three lines to recall the answer by: the question's cues, or the story card's two actions and
    /// result.</summary>
    public IReadOnlyList<string> Cues =>
        Use(question.Cues.Count > 0 ? question.Cues : [story.Card.Action1, story.Card.Action2, story.Card.Result]);

    /// <summary>The question's own follow-ups, or, when it has none, the story's.</summary>
    public IReadOnlyList<FollowUp> FollowUps =>
        Use(question.FollowUps.Count > 0 ? question.FollowUps : story.FollowUps);
    public IReadOnlyList<Probe> Probes => Use(question.Probes);

    private T Use<T>(T value)
    {
        read(question);
        return value;
    }
}
