using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Theming;

namespace PrepPack.Pdf.Rendering;

/// <summary>The text styles of a theme, by role.</summary>
/// <param name="boldInHeadingFont">Bold body text takes the heading's family (front matter <c>bold_font:
/// heading</c>).</param>
internal sealed class TextStyles(Theme theme, bool boldInHeadingFont = false)
{
    public TextStyle Body { get; } =
        new()
        {
            Families = theme.Fonts.ForBody,
            Size = theme.Sizes.Body,
            Color = theme.Colors.Text.ToLayout(),
            LineHeight = theme.Spacing.LineHeight,
        };

    public TextStyle Heading(int level) =>
        Body with
        {
            Families = theme.Fonts.ForHeading,
            Size = theme.Sizes.Heading(level),
            Bold = true,
            Color = theme.Colors.Heading.ToLayout(),
            LineHeight = 1.2f,
        };

    /// <summary>**Bold** text where it stands: in the heading's family instead of the body's when the document
    /// asks.</summary>
    public TextStyle Strong(TextStyle around) =>
        around with
        {
            Bold = true,
            Families =
                boldInHeadingFont && around.Families.SequenceEqual(Body.Families)
                    ? theme.Fonts.ForHeading
                    : around.Families,
        };

    public TextStyle Code => Body with { Families = theme.Fonts.ForMono, Size = theme.Sizes.Code };

    /// <summary>The look an attribute span's class names, on top of the text around it, or null for
    /// a class that names none. They match the Word writer's character styles of the same names.</summary>
    public TextStyle? Span(string cssClass, TextStyle around) =>
        cssClass switch
        {
            "star-label" => around with
            {
                Families = [.. theme.Fonts.Heading, .. theme.Fonts.Fallback],
                Bold = true,
                Color = theme.Colors.Heading.ToLayout(),
            },
            "key-number" => around with { Bold = true, Color = theme.Colors.Heading.ToLayout() },
            _ => null,
        };

    public TextStyle Small => Body with { Size = theme.Sizes.Small, Color = theme.Colors.Muted.ToLayout() };
}
