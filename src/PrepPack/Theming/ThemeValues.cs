using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;

namespace PrepPack.Theming;

/// <summary>Reads the theme's value types (colours, lengths) from YAML, each problem at its line.</summary>
internal static class ThemeValues
{
    /// <summary>A colour written "#rrggbb" or "#rgb".</summary>
    public static ThemeColor? Colour(this MappingReader m, string key) =>
        m.Parsed(
            key,
            text => ThemeColor.TryParse(text, out var c) ? c : (ThemeColor?)null,
            "a colour such as \"#1f2328\" (# and six hex digits, in quotes)"
        );

    /// <summary>A length such as "0.75in", "18mm" or "12pt", in points.</summary>
    public static float? Length(this MappingReader m, string key) =>
        m.Parsed(key, PaperSize.ParseLength, "a length such as 0.75in, 18mm or 12pt");

    /// <summary>A margin: a length whose unit is not left off (see <see cref="PaperSize.ParseMargin"/>).</summary>
    public static float? Margin(this MappingReader m, string key) =>
        m.Parsed(key, PaperSize.ParseMargin, PaperSize.MarginExpected);

    /// <summary>A length no larger than <paramref name="most"/> points; a larger one is an error at its value, not a
    /// layout failure later.</summary>
    public static float? Length(this MappingReader m, string key, float most)
    {
        var points = m.Length(key);
        if (points is not { } value || value <= most)
            return points;
        m.Diagnostics.Error(
            m.ValueLocationOf(key),
            DiagnosticCodes.ThemeInvalid,
            $"'{key}' in {m.What} is {value / PaperSize.PointsPerInch:0.##}in, but it can be at most "
                + $"{most / PaperSize.PointsPerInch:0.##}in ({most:0.#}pt).",
            $"Use a smaller '{key}', such as {most / 8:0.#}pt."
        );
        return null;
    }
}
