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
        if (hex.Length == 3)
            hex = string.Concat(hex.Select(c => $"{c}{c}"));
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            return false;
        color = new ThemeColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
        return true;
    }

    /// <summary>How light the colour looks, 0 (black) to 100 (white): CIE L*, what a black-and-white
    /// printer keeps of it.</summary>
    public double Lightness
    {
        get
        {
            static double Linear(byte c) =>
                c / 255.0 is var v && v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
            var y = 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);
            return y <= 216.0 / 24389 ? y * 24389 / 27 : 116 * Math.Cbrt(y) - 16;
        }
    }

    /// <summary>"1F2328", as Word writes colours.</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
