using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Theming;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>How a run looks: the direct formatting Markdown asks for, or a character style by class.</summary>
internal sealed record RunFormat
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public bool Strike { get; init; }
    public bool Code { get; init; }
    public bool Mark { get; init; }
    public bool Underline { get; init; }
    public VerticalPositionValues? Position { get; init; }

    /// <summary>Hebrew, Arabic or other right-to-left text: Word orders such a run right to left (w:rtl).</summary>
    public bool RightToLeft { get; init; }

    /// <summary>A character style such as STAR Label.</summary>
    public string? Style { get; init; }

    /// <summary>The text colour, as hex; links take the theme's link colour.</summary>
    public string? Color { get; init; }

    /// <summary>The run's properties in the order the schema asks for, or null for none.</summary>
    public RunProperties? Properties(Theme theme)
    {
        var properties = new RunProperties();
        if (Style is not null) properties.Append(new RunStyle { Val = Style });
        if (Code) properties.Append(new RunFonts { Ascii = theme.Fonts.Mono[0], HighAnsi = theme.Fonts.Mono[0] });
        if (Bold) properties.Append(new Bold());
        if (Italic) properties.Append(new Italic());
        if (Strike) properties.Append(new Strike());
        if (Color is not null) properties.Append(new Color { Val = Color });
        if (Underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        // Shading, not Word's highlight, whose few fixed colours cannot follow the theme.
        if (Mark || Code)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = (Mark ? theme.Colors.Mark : theme.Colors.CodeBackground).Hex });
        if (Position is { } position) properties.Append(new VerticalTextAlignment { Val = position });
        if (RightToLeft) properties.Append(new RightToLeftText());
        return properties.HasChildren ? properties : null;
    }
}
