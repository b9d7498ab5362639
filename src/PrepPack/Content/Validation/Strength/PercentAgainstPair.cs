using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// A percentage that does not match the before and after figures it describes in the same
/// sentence ("from 40 to 10 minutes, a 50% cut" is a 75% cut). Only a sentence with one
/// before-and-after pair is checked, so it is clear what the percentage describes; times in
/// different units are converted. A percentage matches when it is the change against the before
/// figure, against the after figure ("4x faster" said as a percentage), or the after figure as a
/// share of the before, within a few points of rounding.
/// </summary>
internal static partial class PercentAgainstPair
{
    /// <summary>Each sentence of the field whose percentage does not match its pair, as a warning on the
    /// field.</summary>
    public static void Check(Story story, DiagnosticBag diagnostics)
    {
        foreach (var (field, text) in StoryText.All(story))
        foreach (var sentence in SentenceEnd().Split(text))
            if (Mismatch(sentence) is { } found)
                diagnostics.Warning(
                    story.At(field),
                    DiagnosticCodes.FiguresDisagree,
                    $"'{found.Percent}' does not match '{found.Pair}' in the same sentence of '{field}': that is "
                        + $"{AChange(found.Change)} {found.Direction}.",
                    "Correct the percentage or the before and after figures, so the interviewer does not do the sum "
                        + "for you."
                );
    }

    /// <summary>"a 40%", "an 80%", "an 18%": the article a percentage takes when said aloud.</summary>
    public static string AChange(double change)
    {
        var said = change.ToString("0.#", CultureInfo.InvariantCulture);
        var vowel = said.StartsWith('8') || said.Split('.')[0] is "11" or "18";
        return $"{(vowel ? "an" : "a")} {said}%";
    }

    /// <summary>Whether a stated change matches a before and after pair: the change against either end, or the after as
    /// a share of the before.</summary>
    public static bool Matches(double stated, double before, double after, bool levelsArePercent)
    {
        if (before <= 0 || after < 0 || before == after)
            return true;
        var change = Math.Abs(after - before) / before * 100;
        List<double> readings =
        [
            change,
            after > 0 ? Math.Abs(after - before) / after * 100 : change,
            after / before * 100,
        ];
        // "from 14% to 6%, down 8%": said in points, not as a share of the before.
        if (levelsArePercent)
            readings.Add(Math.Abs(after - before));
        return readings.Any(r => Math.Abs(stated - r) <= Math.Max(3, r * 0.05));
    }

    /// <summary>The percentage and pair that disagree in one sentence, if they do.</summary>
    internal static (string Percent, string Pair, double Change, string Direction)? Mismatch(string sentence)
    {
        // Most sentences hold no pair at all: "from" or an arrow is needed before the patterns are worth running.
        if (
            !sentence.Contains("from", StringComparison.OrdinalIgnoreCase)
            && !sentence.Contains('→')
            && !sentence.Contains("->", StringComparison.Ordinal)
        )
            return null;
        var pairs = FromTo().Matches(sentence).Concat(Arrow().Matches(sentence)).ToList();
        if (pairs.Count != 1 || pairs[0].Groups["more"].Success)
            return null;
        var pair = pairs[0];
        // Two levels in percent ("shrinkage from 3.1% to 0.9%") are checked, the change read in points too; a
        // pair of a percent and a plain figure is two kinds of thing.
        var (percentA, percentB) = (pair.Groups["a"].Value.EndsWith('%'), pair.Groups["b"].Value.EndsWith('%'));
        if (percentA != percentB)
            return null;
        if (
            Figures.Value(pair.Groups["a"].Value.TrimEnd('%')) is not { } before
            || Figures.Value(pair.Groups["b"].Value.TrimEnd('%')) is not { } after
        )
            return null;
        var (unitA, unitB) = (Seconds(pair.Groups["ua"].Value), Seconds(pair.Groups["ub"].Value));
        if (unitA is { } sa && unitB is { } sb)
        {
            before *= sa;
            after *= sb;
        }
        if (before <= 0 || after < 0 || before == after)
            return null;

        // A percentage after "to", "at", "from" or "of" is a level ("accuracy rose to 95%"), not a change.
        var percents = Percent()
            .Matches(sentence)
            .Where(p => p.Index + p.Length <= pair.Index || p.Index >= pair.Index + pair.Length)
            .Where(p => !p.Groups["level"].Success)
            .ToList();
        if (percents.Count == 0)
            return null;
        var change = Math.Abs(after - before) / before * 100;
        if (
            percents.Any(p =>
                Matches(double.Parse(p.Groups["p"].Value, CultureInfo.InvariantCulture), before, after, percentA)
            )
        )
            return null;
        return (percents[0].Value.Trim(), pair.Value.Trim(), change, after < before ? "fall" : "rise");
    }

    /// <summary>A time unit in seconds, or null for no unit or another kind of unit.</summary>
    private static double? Seconds(string unit) =>
        unit.ToLowerInvariant() switch
        {
            "" => null,
            "s" or "sec" or "secs" or "second" or "seconds" => 1,
            "min" or "mins" or "minute" or "minutes" => 60,
            "h" or "hr" or "hrs" or "hour" or "hours" => 3600,
            "d" or "day" or "days" => 86_400,
            "wk" or "wks" or "week" or "weeks" => 604_800,
            "month" or "months" => 2_629_800,
            "yr" or "yrs" or "year" or "years" => 31_557_600,
            _ => null,
        };

    private const string Number =
        @"[$£€]?\d+(?:,\d{3})*(?:\.\d+)?(?:bn|[kKMB](?![A-Za-z]))?%?|\b(?:two|three|four|five|six|seven|eight|nine|"
        + @"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b";
    private const string Unit =
        @"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|years?|yrs?)\b";

    // "from 40 to 10 minutes"; "more" catches "from two to three hours to 15 minutes", a range, which is skipped.
    [GeneratedRegex(
        @"\bfrom\s+(?<a>"
            + Number
            + @")(?:\s*(?<ua>"
            + Unit
            + @"))?\s+to\s+(?<b>"
            + Number
            + @")(?:\s*(?<ub>"
            + Unit
            + @"))?(?<more>\s+to\s+[$£€\d])?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex FromTo();

    // "120 s → 9 s"
    [GeneratedRegex(
        @"(?<a>"
            + Number
            + @")(?:\s*(?<ua>"
            + Unit
            + @"))?\s*(?:→|->)\s*(?<b>"
            + Number
            + @")(?:\s*(?<ub>"
            + Unit
            + @"))?",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Arrow();

    [GeneratedRegex(
        @"(?<level>\b(?:to|at|from|of)\s+)?(?<![\w.])(?<p>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<=[.!?;])\s+")]
    private static partial Regex SentenceEnd();
}
