namespace PrepPack.Theming;

/// <summary>Vertical and horizontal spacing in points; line height as a multiple of type size.</summary>
public sealed record ThemeSpacing
{
    public float Paragraph { get; init; } = 6;
    public float LineHeight { get; init; } = 1.3f;
    public float ListIndent { get; init; } = 16;
    public float ListItem { get; init; } = 2;
    public float HeadingAbove { get; init; } = 8;
    public float CellPadding { get; init; } = 4;

    public ThemeSpacing Scaled(float f) =>
        this with
        {
            Paragraph = Paragraph * f,
            ListIndent = ListIndent * f,
            ListItem = ListItem * f,
            HeadingAbove = HeadingAbove * f,
            CellPadding = CellPadding * f,
        };
}
