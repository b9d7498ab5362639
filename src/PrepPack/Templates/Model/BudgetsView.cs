using PrepPack.Content;
using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// The profile's <c>practice:</c> budgets as a page prints them, "0:30": <c>budgets.setup</c> (situation and
/// task together), <c>budgets.action</c>, <c>budgets.action_least</c> (empty when the profile sets no lower
/// limit), <c>budgets.result</c> and <c>budgets.whole</c>. Every time a page prints comes from these.
/// </summary>
public sealed class BudgetsView(PracticeBudgets budgets)
{
    public string Setup => SpeakingTime.Format(budgets.Setup);
    public string Action => SpeakingTime.Format(budgets.Action);
    public string ActionLeast => budgets.ActionLeast > 0 ? SpeakingTime.Format(budgets.ActionLeast) : "";
    public string Result => SpeakingTime.Format(budgets.Result);
    public string Whole => SpeakingTime.Format(budgets.Whole);
}
