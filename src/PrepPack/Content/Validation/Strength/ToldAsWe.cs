using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0221: actions told as "we" where the interviewer wants "I". Counts "we/our/us" against
/// "I/my/me" in <c>star.actions</c>; the team may appear, but most of the actions should be yours.
/// </summary>
internal sealed partial class ToldAsWe : IStoryRule
{
    /// <summary>Above this share of "we" words among the pronouns, the listener cannot tell what you did.</summary>
    public const double Limit = 0.4;

    private static readonly HashSet<string> We = new(StringComparer.OrdinalIgnoreCase)
    {
        "we",
        "we're",
        "we've",
        "we'd",
        "we'll",
        "our",
        "ours",
        "us",
        "ourselves",
    };
    private static readonly HashSet<string> I = new(StringComparer.OrdinalIgnoreCase)
    {
        "i",
        "i'm",
        "i've",
        "i'd",
        "i'll",
        "my",
        "mine",
        "me",
        "myself",
    };

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        var words = Word()
            .Matches(string.Join(" ", story.Star.Actions))
            .Select(m => m.Value.Replace('’', '\''))
            .ToList();
        // "US" in capitals is the country, not the team.
        var we = words.Count(w => We.Contains(w) && w != "US");
        var i = words.Count(I.Contains);
        if (we == 0 || (double)we / (we + i) <= Limit)
            return;
        var share = (int)Math.Round(100.0 * we / (we + i));
        diagnostics.Warning(
            story.At("star.actions"),
            DiagnosticCodes.ToldAsWe,
            $"The actions say 'we', 'our' or 'us' {Times(we)} and 'I', 'my' or 'me' {Times(i)}: {share}% 'we'. The "
                + "interviewer is hiring you, not the team.",
            "Tell each action as what you did ('I designed…', 'I persuaded…'); name the team's part once."
        );
    }

    private static string Times(int n) =>
        n switch
        {
            0 => "not at all",
            1 => "once",
            2 => "twice",
            _ => $"{n} times",
        };

    [GeneratedRegex(@"[A-Za-z]+(?:['’][A-Za-z]+)?")]
    private static partial Regex Word();
}
