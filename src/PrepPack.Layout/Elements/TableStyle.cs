using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>Lines and spacing of a table.</summary>
public sealed record TableStyle
{
    public Thickness CellPadding { get; init; } = new(4, 3, 4, 3);
    public Color GridColor { get; init; } = new(190, 190, 190);
    public float GridWidth { get; init; } = 0.5f;
    public Color? HeaderBackground { get; init; }
}
