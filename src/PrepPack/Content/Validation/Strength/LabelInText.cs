using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0267: a text that starts with the label of its own field, as in a prep document copied line by
/// line ("C: Execs stitched 10 reports", "R: Refresh 15 min", "Situation: …"). The pack prints its own
/// label before each field, so the card reads "Context C: Execs…".
/// </summary>
internal sealed partial class LabelInText : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in Labelled(story))
        {
            if (Label().Match(text) is not { Success: true } label || !Fits(field, label.Groups["label"].Value))
                continue;
            var typed = label.Value.Trim();
            diagnostics.Warning(
                story.At(field),
                DiagnosticCodes.LabelInText,
                $"'{field}' starts with the label '{typed}', which the pack prints after its own: the line reads "
                    + $"'{Printed(field)} {typed} …'.",
                $"Delete '{typed}' and start with the words themselves."
            );
        }
    }

    private static IEnumerable<(string Field, string Text)> Labelled(Story story) =>
        StoryText.Card(story.Card).Concat(StoryText.Star(story.Star));

    // A label counts only on the field it names: "Result: …" on card.result, not "R: …" on the context,
    // where "R:" could begin something else.
    private static bool Fits(string field, string label)
    {
        var l = label.ToLowerInvariant().Replace(" ", "");
        var part = field.Split('.')[1].Split('[')[0];
        return part switch
        {
            "context" or "situation" => l is "c" or "s" or "context" or "situation" or "background",
            "task" => l is "t" or "task" or "goal",
            "action_1" or "action_2" or "actions" => l.StartsWith('a') && (l.Length <= 2 || l.StartsWith("action")),
            "result" => l is "r" or "result" or "results" or "outcome" or "impact",
            "lesson" or "reflection" => l is "l" or "lesson" or "lessons" or "learning" or "reflection" or "takeaway",
            _ => false,
        };
    }

    private static string Printed(string field) =>
        field switch
        {
            "card.context" => "Context",
            "card.task" => "Task",
            "card.action_1" => "Action 1",
            "card.action_2" => "Action 2",
            "card.result" => "Result",
            "card.lesson" => "Lesson",
            "star.situation" => "Situation",
            "star.task" => "Task",
            "star.result" => "Result",
            "star.reflection" => "Reflection",
            _ => "Action",
        };

    // The label as prep documents write it: bare or in bold, a letter (with the action's number) or the
    // word, then a colon.
    [GeneratedRegex(
        @"^\s*(?:\*\*|__)?(?<label>[A-Za-z]\d?|[A-Za-z]+(?:\s?\d)?)\s*(?:\*\*|__)?\s*:(?:\*\*|__)?\s",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Label();
}
