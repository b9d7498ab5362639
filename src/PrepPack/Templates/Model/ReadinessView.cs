using PrepPack.Content;
using PrepPack.Content.Readiness;

namespace PrepPack.Templates.Model;

/// <summary>
/// The binder's readiness page: <c>readiness.themes</c> (a story for each theme interviews always
/// ask), <c>readiness.missing</c> (what to add, in one list), <c>readiness.covered</c> of
/// <c>readiness.total</c>, and <c>readiness.summary</c>, the line <c>preppack check</c> ends with.
/// </summary>
public sealed class ReadinessView(BankReadiness readiness, IReadOnlyList<StoryView> stories)
{
    public IReadOnlyList<ReadinessThemeView> Themes { get; } = readiness.Themes
        .Select(t => new ReadinessThemeView(t, stories.FirstOrDefault(s => s.Id == t.StoryId)))
        .ToList();

    public int Covered => readiness.Covered;
    public int Total => readiness.Total;

    /// <summary>How many different stories answer the themes.</summary>
    public int Stories => readiness.Stories;
    public IReadOnlyList<string> Missing => readiness.Missing;
    public bool Ready => readiness.Ready;
    public string Summary => readiness.Summary;

    /// <summary>The whole-answer budget, as "2:00".</summary>
    public string Budget => SpeakingTime.Format(readiness.WholeBudget);
}
