using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Content.Validation.Strength;

namespace PrepPack.Templates.Model;

/// <summary>
/// Whether a key number is already said in a story's one-line reminder, so the cheat sheet prints
/// each figure once: "7 d → 2 h" is said by "latency 7 days to 2 h", "$1.5M" by "$1.5M projected
/// lift". Every figure of the number must appear in the reminder with the same value and, when both
/// name one, the same unit or thing counted (days, %, money, "teams"): "2 weeks" is not said by "mentored 2
/// juniors". A figure said twice costs a few words; one taken for said and left off would be lost.
/// </summary>
internal static partial class ReminderFigures
{
    /// <summary>Whether every figure of the number's value is in the reminder; a value with no digits
    /// ("twice") is said when the reminder holds its words.</summary>
    public static bool Says(string reminder, KeyNumber number)
    {
        var wanted = Read(number.Value);
        if (wanted.Count == 0)
            return number.Value.Trim().Length > 0
                && reminder.Contains(number.Value.Trim(), StringComparison.OrdinalIgnoreCase);
        var said = Read(reminder);
        return wanted.All(w => said.Any(s => Same(w, s)));
    }

    private static bool Same((double Value, string Unit) a, (double Value, string Unit) b) =>
        Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value))
        && (a.Unit.Length == 0 || b.Unit.Length == 0 || a.Unit == b.Unit);

    /// <summary>Each figure in digits or in words with its value ("$1.2M" is 1,200,000, "two" 2) and its unit's
    /// kind, or "" when it names none.</summary>
    private static List<(double Value, string Unit)> Read(string text)
    {
        var found = new List<(double, string)>();
        foreach (Match m in FigurePattern().Matches(text))
        {
            var digits = m.Groups["number"].Value.Replace(",", "");
            if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                continue;
            var scale = m.Groups["scale"].Value switch
            {
                "k" or "K" => 1e3,
                "M" => 1e6,
                "B" or "bn" => 1e9,
                _ => 1.0,
            };
            var unit = m.Groups["currency"].Success ? "$" : Kind(m.Groups["unit"].Value);
            found.Add((n * scale, unit));
        }
        // "two weeks" in a reminder says "2 weeks"; "one" is left out, being as often a word as a figure.
        foreach (Match m in WordPattern().Matches(text))
            if (NumberWords.TwoToNinety.TryGetValue(m.Groups["word"].Value.ToLowerInvariant(), out var value))
                found.Add((value, Kind(m.Groups["unit"].Value)));
        return found;
    }

    // Spellings of one unit share a kind, so "7 d" and "7 days" agree; any other word is what is counted ("2
    // juniors"), in the singular, and a word that joins rather than counts ("30 to 3 min") names nothing.
    private static string Kind(string unit) =>
        unit.ToLowerInvariant() switch
        {
            "to" or "from" or "of" or "a" or "an" or "and" or "or" or "in" or "per" or "the" or "by" or "on" => "",
            "%" or "percent" => "%",
            "ms" => "ms",
            "s" or "sec" or "secs" or "second" or "seconds" => "s",
            "min" or "mins" or "minute" or "minutes" => "min",
            "h" or "hr" or "hrs" or "hour" or "hours" => "h",
            "d" or "day" or "days" => "d",
            "wk" or "wks" or "week" or "weeks" => "wk",
            "mo" or "month" or "months" => "mo",
            "yr" or "yrs" or "year" or "years" => "yr",
            "x" or "×" => "x",
            var word when word.Length > 3 && word.EndsWith('s') => word[..^1],
            var word => word,
        };

    [GeneratedRegex(
        @"(?<![\w.])(?<currency>[$£€])?(?<number>\d+(?:,\d{3})*(?:\.\d+)?)(?<scale>bn|[kKMB](?![A-Za-z]))?"
            + @"(?:\s?(?<unit>%|×|[A-Za-z]+))?"
    )]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"\b(?<word>[A-Za-z]+)\b(?=(?:\s(?<unit>%|[A-Za-z]+))?)")]
    private static partial Regex WordPattern();
}
