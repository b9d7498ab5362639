using PrepPack.Content;
using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// How long each part of a STAR answer takes to say at 150 words a minute, as "0:20", and each
/// budgeted part against the profile's <c>practice:</c> budgets: <c>times.situation</c>, <c>times.action</c>,
/// <c>times.whole</c> of <c>times.budget</c>, <c>times.parts</c> (set-up, action, result, each with its budget)
/// and <c>times.budgets</c>.
/// </summary>
public sealed class StarTimesView(StarAnswer star, PracticeBudgets budgets)
{
    private readonly StarTiming _timing = StarTiming.Of(star);

    public string Situation => Text([star.Situation]);
    public string Task => Text([star.Task]);

    /// <summary>Situation and task together, the part the budget's <c>situation_and_task</c> limits.</summary>
    public string Setup => SpeakingTime.Format(_timing.Setup);
    public string Action => Text(star.Actions);
    public string Result => Text([star.Result]);
    public string Reflection => Text([star.Reflection]);
    public int WholeSeconds => _timing.Whole;
    public string Whole => SpeakingTime.Format(WholeSeconds);
    public string Budget => SpeakingTime.Format(budgets.Whole);
    public bool WithinTime => WholeSeconds <= budgets.Whole;

    /// <summary>The set-up, the action and the result, each against its budget, in telling order.</summary>
    public IReadOnlyList<PartTimeView> Parts =>
        [
            new("set-up", _timing.Setup, budgets.Setup),
            new("action", _timing.Action, budgets.Action, budgets.ActionLeast),
            new("result", _timing.Result, budgets.Result),
        ];

    /// <summary>Whether every part is within its budget, and the whole too.</summary>
    public bool AllWithin => WithinTime && Parts.All(p => p.Within);

    public BudgetsView Budgets => new(budgets);

    private static string Text(IEnumerable<string?> parts) =>
        SpeakingTime.Format(SpeakingTime.Seconds(SpeakingTime.Words(parts)));
}
