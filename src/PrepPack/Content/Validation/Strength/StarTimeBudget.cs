using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0223: a part of the STAR answer that takes longer to say (at 150 words a minute) than its
/// budget in the profile's <c>practice:</c> section: situation and task together, the actions (also
/// too short, when a lower limit is set), the result, and the whole answer.
/// </summary>
internal sealed class StarTimeBudget : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        var budgets = context.Budgets;
        var time = StarTiming.Of(story.Star);
        if (time.Setup > budgets.Setup)
            Over(
                story,
                "star.situation",
                "Situation and task together take",
                time.Setup,
                budgets.Setup,
                "situation_and_task",
                "Keep only what the listener needs to follow the action; the rest can wait for a follow-up.",
                diagnostics
            );
        if (time.Action > budgets.Action)
            Over(
                story,
                "star.actions",
                "The actions take",
                time.Action,
                budgets.Action,
                "action",
                "Keep the two or three actions that changed the outcome, each with why you chose it.",
                diagnostics
            );
        else if (time.Action < budgets.ActionLeast)
            diagnostics.Warning(
                story.At("star.actions"),
                DiagnosticCodes.StarTimeBudget,
                $"The actions take {Text(time.Action)} to say, under the {Text(budgets.ActionLeast)} the profile asks "
                    + "for (practice: action_at_least).",
                "Say how you did it and why: the choices you made, who you brought along, what you tried first."
            );
        if (time.Result > budgets.Result)
            Over(
                story,
                "star.result",
                "The result takes",
                time.Result,
                budgets.Result,
                "result",
                "Land the result in a sentence or two: the figure first, then what it led to.",
                diagnostics
            );
        if (time.Whole > budgets.Whole)
            Over(
                story,
                "star",
                "The whole answer takes",
                time.Whole,
                budgets.Whole,
                "whole",
                "Shorten the longest part first; interviewers ask for more when they want it.",
                diagnostics
            );
    }

    private static void Over(
        Story story,
        string field,
        string partTakes,
        int seconds,
        int budget,
        string setting,
        string hint,
        DiagnosticBag diagnostics
    ) =>
        diagnostics.Warning(
            story.At(field),
            DiagnosticCodes.StarTimeBudget,
            $"{partTakes} {Text(seconds)} to say at 150 words a minute, over the {Text(budget)} budget (practice: "
                + $"{setting}).",
            hint
        );

    private static string Text(int seconds) => SpeakingTime.Format(seconds);
}
