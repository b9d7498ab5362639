namespace PrepPack.Theming;

/// <summary>How a <c>::: name</c> box looks: fill, border all round or a bar on the left, inner space in
/// points.</summary>
public sealed record ThemeBox
{
    public ThemeColor? Background { get; init; }
    public ThemeColor? Border { get; init; }
    public float BorderWidth { get; init; } = 0.75f;

    /// <summary>A bar down the left side only, as block quotes have.</summary>
    public ThemeColor? LeftBar { get; init; }
    public float Padding { get; init; } = 8;

    /// <summary>Whole on one page, never split (cards, callouts).</summary>
    public bool KeepTogether { get; init; } = true;
}
