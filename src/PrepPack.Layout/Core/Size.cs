namespace PrepPack.Layout.Core;

/// <summary>A width and height in points (1/72 inch).</summary>
public readonly record struct Size(float Width, float Height)
{
    // Half a hundredth of a point: below anything a printer shows, above float noise.
    public const float Epsilon = 0.005f;
}
