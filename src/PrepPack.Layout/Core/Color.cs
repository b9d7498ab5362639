namespace PrepPack.Layout.Core;

/// <summary>An sRGB colour to draw with.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";
}
