using PrepPack.Content.Yaml;

namespace PrepPack.Theming;

/// <summary>Reads the theme's value types (colours, lengths) from YAML, each problem at its line.</summary>
internal static class ThemeValues
{
    /// <summary>A colour written "#rrggbb" or "#rgb".</summary>
    public static ThemeColor? Colour(this MappingReader m, string key) =>
        m.Parsed(key, text => ThemeColor.TryParse(text, out var c) ? c : (ThemeColor?)null, "a colour such as \"#1f2328\" (# and six hex digits, in quotes)");

    /// <summary>A length such as "0.75in", "18mm" or "12pt", in points.</summary>
    public static float? Length(this MappingReader m, string key) =>
        m.Parsed(key, PaperSize.ParseLength, "a length such as 0.75in, 18mm or 12pt");
}
