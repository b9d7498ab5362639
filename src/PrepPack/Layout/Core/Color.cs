using System.Globalization;

namespace PrepPack.Layout.Core;

/// <summary>An sRGB colour, written in themes as "#rrggbb".</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);
    public static Color White => new(255, 255, 255);

    public static bool TryParse(string text, out Color color)
    {
        color = Black;
        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return false;
        color = new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
