using System.Globalization;

namespace PrepPack.Theming;

/// <summary>An sRGB colour, written in themes as "#rrggbb" or "#rgb".</summary>
public readonly record struct ThemeColor(byte R, byte G, byte B)
{
    public static ThemeColor Black => new(0, 0, 0);

    public static bool TryParse(string text, out ThemeColor color)
    {
        color = Black;
        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return false;
        color = new ThemeColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>"1F2328", as Word writes colours.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
