using System.Globalization;
using System.Text.RegularExpressions;

namespace PrepPack.Theming;

/// <summary>Named and written page sizes, in points: "letter", "a4", "index-4x6", "6in x 4in".</summary>
public static partial class PaperSize
{
    public const float PointsPerInch = 72f;
    public const float PointsPerMillimetre = 72f / 25.4f;
    private const float MaxPoints = 200 * PointsPerInch;

    private static readonly Dictionary<string, (float W, float H)> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["letter"] = (612, 792),
        ["legal"] = (612, 1008),
        ["a4"] = (595.28f, 841.89f),
        ["a5"] = (419.53f, 595.28f),
        // Index cards are named height x width, as stationers sell them, and lie landscape.
        ["index-3x5"] = (5 * PointsPerInch, 3 * PointsPerInch),
        ["index-4x6"] = (6 * PointsPerInch, 4 * PointsPerInch),
        ["index-5x8"] = (8 * PointsPerInch, 5 * PointsPerInch),
    };

    public static IEnumerable<string> Names => Named.Keys;

    /// <summary>Width and height in points, or null when the text names no size.</summary>
    public static (float Width, float Height)? Parse(string text)
    {
        text = text.Trim();
        if (Named.TryGetValue(text, out var named))
            return named;
        var match = Explicit().Match(text);
        if (!match.Success)
            return null;
        var width = Length(match.Groups[1].Value, match.Groups[2].Value);
        var height = Length(match.Groups[3].Value, match.Groups[4].Value);
        // PDF pages stop at 200 inches a side; anything larger is a typing slip, not a page.
        return width > 0 && height > 0 && width <= MaxPoints && height <= MaxPoints ? (width, height) : null;
    }

    /// <summary>A length such as "0.5in", "12mm", "36pt" or "36", in points.</summary>
    public static float? ParseLength(string text)
    {
        var match = LengthPattern().Match(text.Trim());
        return match.Success ? Length(match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    /// <summary>
    /// A margin: a length as <see cref="ParseLength"/> reads it, except a bare number under 5, which is a margin
    /// typed without its unit ("0.75" meant as inches would put the text at the paper's edge, 0.75 pt in).
    /// </summary>
    public static float? ParseMargin(string text)
    {
        var match = LengthPattern().Match(text.Trim());
        if (!match.Success || match.Groups[2].Value.Length == 0 && IsSmall(match))
            return null;
        return Length(match.Groups[1].Value, match.Groups[2].Value);
    }

    private static bool IsSmall(Match match) =>
        float.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < SmallestBareMargin;

    /// <summary>Under this many points a margin with no unit is taken for one whose unit was left off.</summary>
    public const float SmallestBareMargin = 5;

    /// <summary>What to say of a margin that could not be read.</summary>
    public const string MarginExpected =
        "a length with its unit, such as 0.75in, 18mm or 36pt (a bare number is points, and one under 5 would put "
        + "the text at the paper's edge)";

    private static float Length(string number, string unit)
    {
        var value = float.Parse(number, CultureInfo.InvariantCulture);
        return unit.ToLowerInvariant() switch
        {
            "in" => value * PointsPerInch,
            "mm" => value * PointsPerMillimetre,
            "cm" => value * 10 * PointsPerMillimetre,
            _ => value,
        };
    }

    [GeneratedRegex(
        @"^(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)?\s*[x×]\s*(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)?$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Explicit();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(in|mm|cm|pt)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();
}
