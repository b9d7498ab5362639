using System.Text;
using System.Text.RegularExpressions;
using PrepPack.Layout.Text;
using PrepPack.Markdown;

namespace PrepPack.Templates;

/// <summary>
/// Functions templates call to turn story text into Markdown: <c>md</c>, <c>bold_numbers</c>,
/// <c>dots</c>, <c>score_class</c>, <c>duration</c>. Imported into Scriban under snake_case names.
/// </summary>
public static class TemplateFunctions
{
    /// <summary>Story text made safe inside Markdown: characters that would start formatting are escaped.</summary>
    public static string Md(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (
                c
                is '\\'
                    or '*'
                    or '_'
                    or '`'
                    or '['
                    or ']'
                    or '<'
                    or '>'
                    or '|'
                    or '~'
                    or '^'
                    or '{'
                    or '}'
                    or '='
                    or '+'
                    or '#'
            )
                result.Append('\\');
            result.Append(c);
        }
        return result.ToString().Trim();
    }

    /// <summary>
    /// Escaped, with quantities in bold and kept on one line: "**$1.5M**", "**15 min**", "**20%**",
    /// "**2-3 h**", "**3x**", "**90% → 95%**". A quantity is a number with a unit of measure, a
    /// percent sign, a currency sign or a multiplier (the units are <see cref="UnitWords.Measures"/>),
    /// and only the word right after the number can be its unit, so "20% week over week" bolds
    /// "20%". A bare number is not a quantity and stays plain: a label or a name ("Step 1", "Q3",
    /// "v2"), a year ("2024"), an ordinal ("3rd"), and a count of things ("10 reports", "2
    /// analysts"), whose noun is not a unit. A range or an arrow joins its two ends into one; a bare
    /// number paired with a quantity by "to" is the same measure, so "from **30** to **3 min**" and
    /// "from **6 weeks** to **2**" bold both ends.
    /// </summary>
    public static string BoldNumbers(string? text) =>
        Figure.Replace(Md(text), m => $"**{m.Value.Replace(' ', '\u00A0')}**");

    /// <summary>
    /// Whether the text is one quantity as <see cref="BoldNumbers"/> finds them, whole ("$1.5M", "15 min"): the Word
    /// writer sets such bold text in the Key Number style. Spaces kept together count as spaces.
    /// </summary>
    public static bool IsQuantity(string text)
    {
        var spaced = text.Replace('\u00A0', ' ').Trim();
        return spaced.Length > 0
            && Figure.Match(spaced) is { Success: true } match
            && match.Index == 0
            && match.Length == spaced.Length;
    }

    /// <summary>A 1-5 score as filled and empty dots: "●●●●○".</summary>
    public static string Dots(int score, int of = 5) =>
        new string('●', Math.Clamp(score, 0, of)) + new string('○', of - Math.Clamp(score, 0, of));

    /// <summary>The theme class that shades a score's cell: high (4-5), mid (3), low (1-2).</summary>
    public static string ScoreClass(int score) =>
        score >= 4 ? ClassNames.High
        : score == 3 ? ClassNames.Mid
        : ClassNames.Low;

    /// <summary>Seconds as minutes and seconds: 105 becomes "1:45".</summary>
    public static string Duration(int seconds) => Content.SpeakingTime.Format(seconds);

    private static readonly Regex Figure = BuildFigure();

    private static Regex BuildFigure()
    {
        static string Either(IEnumerable<string> words) =>
            string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        // One-letter units as written ("M" millions, "d" days); longer ones in any case ("Hours").
        var oneLetter = Either(UnitWords.Measures.Where(u => u.Length == 1));
        var longer = Either(UnitWords.Measures.Where(u => u.Length > 1));
        var unit = $@"(?:(?-i:{oneLetter})|(?i:{longer}))(?![\p{{L}}\p{{N}}])";
        const string number = @"\d+(?:[.,]\d+)*";
        const string currency = @"[$€£]\s?";
        var range = $@"(?:\s?[-–]\s?(?:{currency})?{number})?";
        var quantity = $@"(?:{currency}{number}{range}(?:\s?{unit})?|{number}{range}\s?{unit})";
        var pairedBefore = $@"{number}(?=\sto\s{quantity})";
        var pairedAfter = $@"(?<={quantity}\sto\s){number}(?!\d)";
        return new Regex(
            $@"(?<![\w.])(?:{quantity}(?:\s?→\s?{quantity})?|{number}\s?→\s?{quantity}|{pairedBefore}|{pairedAfter})",
            RegexOptions.CultureInvariant
        );
    }
}
