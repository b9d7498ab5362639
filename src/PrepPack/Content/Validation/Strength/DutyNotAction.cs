using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0265: an action that says what the candidate's role was ("Responsible for…", "Involved in…",
/// "Part of the team that…") instead of what they did. Such a line has no "we" either, so the
/// "told as we" rule passes it, yet the interviewer still cannot tell what the candidate did.
/// </summary>
internal sealed partial class DutyNotAction : IStoryRule
{
    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in Actions(story))
        {
            if (Bare().IsMatch(text))
            {
                diagnostics.Warning(
                    story.At(field),
                    DiagnosticCodes.DutyNotAction,
                    $"'{Start(text)}' in '{field}' says what you were in charge of, not a step you took; every "
                        + "candidate for the role could say it.",
                    "Say one thing you did and how: 'I split the migration into five weekly cut-overs, one team each'."
                );
                continue;
            }
            if (Duty().Match(text) is not { Success: true } duty)
                continue;
            var said = Regex.Replace(duty.Groups["duty"].Value, @"\s+", " ").ToLowerInvariant();
            diagnostics.Warning(
                story.At(field),
                DiagnosticCodes.DutyNotAction,
                $"'{Start(text)}' in '{field}' names your role ('{said}'), not what you did; the interviewer cannot "
                    + "tell your part from the team's.",
                "Say the thing you did, with its verb: 'I rewrote the refresher course around our own near-misses'."
            );
        }
    }

    private static IEnumerable<(string Field, string Text)> Actions(Story story)
    {
        yield return ("card.action_1", story.Card.Action1);
        yield return ("card.action_2", story.Card.Action2);
        for (var i = 0; i < story.Star.Actions.Count; i++)
            yield return ($"star.actions[{i}]", story.Star.Actions[i]);
    }

    // The first words of the line, enough to find it in the file.
    private static string Start(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 ? string.Join(' ', words) : string.Join(' ', words[..6]) + "…";
    }

    // A whole action that is a verb of being in charge and a thing anyone's project has: "Led the project.",
    // "Managed stakeholders." Any word of its own ("Led the project's data model") makes it a step and passes.
    [GeneratedRegex(
        @"^\W*(?:i\s+)?(?:led|managed|handled|owned|drove|ran|coordinated|oversaw|worked\s+on|did|executed|"
            + @"delivered|supported)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:whole\s+|entire\s+)?"
            + @"(?:project|projects|stakeholders?|team|work|everything|it|process|initiative|effort|rollout|"
            + @"migration|launch|tasks?|things|delivery|execution|communications?)\W*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Bare();

    // Only at the start of the line, where it stands for the whole action: "I helped with" and "I was
    // responsible for" as much as the bare "Responsible for". "I helped Tomasz" names what was done and passes.
    [GeneratedRegex(
        @"^\W*(?:i\s+|i'm\s+|i’m\s+)?(?:(?:was|am|were)\s+)?(?:(?:also|mainly|heavily|closely|directly|fully)\s+)?"
            + @"(?<duty>responsible\s+for|involved\s+(?:in|with)|(?:a\s+)?part\s+of|(?:a\s+)?member\s+of|"
            + @"tasked\s+with|in\s+charge\s+of|participated\s+in|participating\s+in|took\s+part\s+in|"
            + @"taking\s+part\s+in|(?:the\s+)?(?:main\s+)?point\s+of\s+contact|"
            + @"help(?:ed|ing)\s+(?:with|out|on|the\s+team)|assist(?:ed|ing)\s+(?:with|in|on|the\s+team)|"
            + @"contribut(?:ed|ing)\s+to|support(?:ed|ing)\s+the\s+(?:team|project|effort|rollout|launch)|"
            + @"(?:ownership|coordination|management|oversight|responsibility|support)\s+(?:of|for|with)|"
            + @"accountable\s+for|exposure\s+to)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Duty();
}
