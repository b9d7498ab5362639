namespace PrepPack.Layout.Core;

/// <summary>A rectangle in points, from the top-left corner, y growing downwards.</summary>
public readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public float Right => X + Width;
    public float Bottom => Y + Height;

    public Rect Offset(float dx, float dy) => this with { X = X + dx, Y = Y + dy };
}
