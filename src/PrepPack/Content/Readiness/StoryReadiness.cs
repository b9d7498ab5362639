using PrepPack.Content.Model;
using PrepPack.Content.Validation.Strength;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Whether one story is ready to tell, as the binder prints it under the story: a figure in its
/// result, follow-ups prepared, a telling inside the whole-answer budget, and what else the story
/// strength checks would have changed, a few words each.
/// </summary>
/// <param name="ToFix">What the strength warnings ask for besides the three facts, each said once.</param>
public sealed record StoryReadiness(bool HasMetric, int FollowUps, int Seconds, int WholeBudget, IReadOnlyList<string> ToFix)
{
    public bool WithinTime => Seconds <= WholeBudget;
    public bool Ready => HasMetric && FollowUps > 0 && WithinTime && ToFix.Count == 0;

    public static StoryReadiness Of(Story story, PracticeBudgets budgets, bool hasFrameworks)
    {
        var metric = ReadinessCheck.HasMetric(story);
        var timing = StarTiming.Of(story.Star);
        var toFix = new List<string>();
        foreach (var warning in StoryStrength.Of(story, new StrengthContext(budgets, hasFrameworks)))
        {
            if (warning.Code == DiagnosticCodes.StarTimeBudget) continue;
            if (Fix(warning.Code, metric) is { } fix && !toFix.Contains(fix)) toFix.Add(fix);
        }
        toFix.AddRange(Parts(timing, budgets));
        return new StoryReadiness(metric, story.FollowUps.Count, timing.Whole, budgets.Whole, toFix);
    }

    // The metric, the follow-ups and the whole time are facts of the line; everything else is said here.
    private static string? Fix(string code, bool metric) => code switch
    {
        DiagnosticCodes.ResultWithoutNumber => metric ? "a figure in each result" : null,
        DiagnosticCodes.NoKeyNumbers => "key numbers to say",
        DiagnosticCodes.NoPrinciples => "a principle it shows",
        DiagnosticCodes.CardBulletLong => "shorter card lines",
        DiagnosticCodes.ToldAsWe => "actions told as \"I\"",
        DiagnosticCodes.EmptyLesson => "a lesson of its own",
        DiagnosticCodes.FiguresDisagree => "figures that agree",
        DiagnosticCodes.FailureFigureNotInStory => "the failure frame's figures in the story",
        _ => null,
    };

    // Each part over (or under) its budget, with the time it takes: the same limits as PP0223.
    private static IEnumerable<string> Parts(StarTiming timing, PracticeBudgets budgets)
    {
        if (timing.Setup > budgets.Setup) yield return $"a shorter set-up ({Against(timing.Setup, budgets.Setup)})";
        if (timing.Action > budgets.Action) yield return $"shorter actions ({Against(timing.Action, budgets.Action)})";
        else if (timing.Action < budgets.ActionLeast) yield return $"fuller actions ({Against(timing.Action, budgets.ActionLeast)})";
        if (timing.Result > budgets.Result) yield return $"a shorter result ({Against(timing.Result, budgets.Result)})";
    }

    private static string Against(int seconds, int budget) => $"{SpeakingTime.Format(seconds)} of {SpeakingTime.Format(budget)}";
}
