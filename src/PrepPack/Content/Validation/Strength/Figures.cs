using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// The figures in a line of story text: written in digits ("$1.5M", "15 min", "30%") or in words
/// ("two weeks", "a dozen"). "one" is left out of what counts as a number, being as often a word
/// ("the new one") as a figure.
/// </summary>
internal static partial class Figures
{
    private static readonly Dictionary<string, double> Words = new(
        NumberWords.TwoToNinety,
        StringComparer.OrdinalIgnoreCase
    )
    {
        ["zero"] = 0,
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["half"] = 0.5,
        ["twice"] = 2,
        ["double"] = 2,
        ["triple"] = 3,
        ["dozen"] = 12,
    };

    /// <summary>Whether the text holds a figure, in digits or in words.</summary>
    public static bool Any(string text) =>
        Digits().IsMatch(text) || WordPattern().Matches(text).Any(m => Words.ContainsKey(m.Value));

    /// <summary>The figures written in digits, as written and as values ("$15k" is 15000).</summary>
    public static IEnumerable<(string Text, double Value)> InDigits(string text) =>
        Figure()
            .Matches(text)
            .Select(m => (m.Value.Trim(), Value(m.Value)))
            .Where(f => f.Item2 is not null)
            .Select(f => (f.Item1, f.Item2!.Value));

    /// <summary>The values of every figure in the text, in digits or in words ("one" included here, to match a
    /// "1").</summary>
    public static IEnumerable<double> Values(string text) =>
        InDigits(text)
            .Select(f => f.Value)
            .Concat(
                WordPattern()
                    .Matches(text)
                    .Select(m => m.Value.ToLowerInvariant() == "one" ? 1 : Words.GetValueOrDefault(m.Value, double.NaN))
            )
            .Where(v => !double.IsNaN(v));

    /// <summary>The value of one figure ("$1.5M", "200k", "30%", "forty"), or null.</summary>
    public static double? Value(string figure)
    {
        var text = figure.Trim().TrimStart('$', '£', '€').TrimEnd('%').Replace(",", "");
        if (Words.TryGetValue(text, out var word))
            return word;
        if (text.Equals("one", StringComparison.OrdinalIgnoreCase))
            return 1;
        var scale = 1.0;
        if (text.EndsWith("bn", StringComparison.Ordinal))
        {
            scale = 1e9;
            text = text[..^2];
        }
        else if (text.Length > 0 && text[^1] is 'k' or 'K')
        {
            scale = 1e3;
            text = text[..^1];
        }
        else if (text.Length > 0 && text[^1] == 'M')
        {
            scale = 1e6;
            text = text[..^1];
        }
        else if (text.Length > 0 && text[^1] == 'B')
        {
            scale = 1e9;
            text = text[..^1];
        }
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n * scale
            : null;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex WordPattern();

    // Digits with thousands separators or decimals, an optional currency sign before and a scale or
    // percent sign after ("$1.5M", "10M-row", "200k", "0.8%"), not part of a word or a version number.
    [GeneratedRegex(@"(?<![\w.])[$£€]?\d+(?:,\d{3})*(?:\.\d+)?(?:bn|[kKMB](?![A-Za-z]))?%?")]
    private static partial Regex Figure();
}
