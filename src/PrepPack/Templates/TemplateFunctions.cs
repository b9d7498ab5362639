using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Markdown;

namespace PrepPack.Templates;

/// <summary>
/// Functions templates call to turn story text into Markdown: <c>md</c>, <c>bold_numbers</c>,
/// <c>dots</c>, <c>score_class</c>, <c>duration</c>. Imported into Scriban under snake_case names.
/// </summary>
public static partial class TemplateFunctions
{
    /// <summary>Story text made safe inside Markdown: characters that would start formatting are escaped.</summary>
    public static string Md(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '~' or '^' or '{' or '}' or '=' or '+' or '#')
                result.Append('\\');
            result.Append(c);
        }
        return result.ToString().Trim();
    }

    /// <summary>Escaped, with figures in bold and kept on one line: "$1.5M", "15 min", "90%", "7 d → 2 h".</summary>
    public static string BoldNumbers(string? text) => Figure().Replace(Md(text), m => $"**{m.Value.Replace(' ', '\u00A0')}**");

    /// <summary>A 1-5 score as filled and empty dots: "●●●●○".</summary>
    public static string Dots(int score, int of = 5) =>
        new string('●', Math.Clamp(score, 0, of)) + new string('○', of - Math.Clamp(score, 0, of));

    /// <summary>The theme class that shades a score's cell: high (4-5), mid (3), low (1-2).</summary>
    public static string ScoreClass(int score) => score >= 4 ? ClassNames.High : score == 3 ? ClassNames.Mid : ClassNames.Low;

    /// <summary>Seconds as minutes and seconds: 105 becomes "1:45".</summary>
    public static string Duration(int seconds) => Content.SpeakingTime.Format(seconds);

    // A money amount, a number with its unit, a percentage or a range; arrows join before and after.
    [GeneratedRegex(@"(?<![\w.])(?:[$€£]\s?)?\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?(?:\s?(?:[kKMB]\b|%|x\b|×))?(?:\s?(?:min|mins|minutes|h|hours?|d|days?|weeks?|months?|years?|s|ms|sec|seconds|rows|pp)\b)?(?:\s?→\s?(?:[$€£]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:[kKMB]\b|%|x\b|×))?(?:\s?(?:min|mins|minutes|h|hours?|d|days?|weeks?|months?|years?|s|ms|sec|seconds|rows|pp)\b)?)?")]
    private static partial Regex Figure();
}
