using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>How a box looks: fill, border all round or a bar on the left, and inner space.</summary>
public sealed record BoxStyle
{
    public Color? Background { get; init; }
    public Color? Border { get; init; }
    public float BorderWidth { get; init; } = 0.75f;

    /// <summary>A bar down the left side only, as block quotes have.</summary>
    public Color? LeftBar { get; init; }
    public float LeftBarWidth { get; init; } = 2.5f;

    public Thickness Padding { get; init; }

    /// <summary>Whole on one page, never split (cards, callouts).</summary>
    public bool KeepTogether { get; init; } = true;
}
