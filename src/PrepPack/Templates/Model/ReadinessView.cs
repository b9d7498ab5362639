using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Templates.Model;

/// <summary>
/// The binder's readiness page and the cheat sheet's readiness lines: <c>readiness.headline</c>
/// ("Ready: 4 of 6 interview themes", as <c>preppack check</c> says it), <c>readiness.meaning</c>,
/// <c>readiness.themes</c> (a story for each theme interviews always ask) and <c>readiness.missing</c>
/// (one line per theme not ready, with the nearest fix, naming stories by title where check names them by id).
/// </summary>
public sealed class ReadinessView(BankReadiness readiness, IReadOnlyList<StoryView> stories)
{
    public IReadOnlyList<ReadinessThemeView> Themes { get; } =
        readiness
            .Themes.Select(t => new ReadinessThemeView(t, stories.FirstOrDefault(s => s.Id == t.StoryId)))
            .ToList();

    public int Covered => readiness.Covered;

    /// <summary>Themes answered by a story of their own that is ready to tell.</summary>
    public int ReadyCount => readiness.ReadyCount;
    public int Total => readiness.Total;

    /// <summary>How many different stories answer the themes.</summary>
    public int Stories => readiness.Stories;

    /// <summary>The lines of <c>check</c>, each story named by its title, as the page names it.</summary>
    public IReadOnlyList<string> Missing => readiness.MissingNaming(s => s.Title);

    /// <summary>The same lines naming each story by its short title, for the one-page cheat sheet.</summary>
    public IReadOnlyList<string> MissingShort => readiness.MissingNaming(s => s.ShortTitle ?? s.Title);
    public bool Ready => readiness.Ready;
    public string Summary => readiness.Summary;
    public string Headline => readiness.Headline;
    public string Meaning => readiness.Meaning;

    /// <summary>The whole-answer budget, as "2:00".</summary>
    public string Budget => SpeakingTime.Format(readiness.WholeBudget);
}
