using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>How a run looks: the direct formatting Markdown asks for, or a character style by class.</summary>
internal sealed record RunFormat
{
    /// <summary>Text as its paragraph style sets it.</summary>
    public static readonly RunFormat Plain = new();

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

    /// <summary>No direct formatting and no character style: the run is written without properties.</summary>
    public bool IsPlain =>
        !Bold
        && !Italic
        && !Strike
        && !Code
        && !Mark
        && !Underline
        && Position is null
        && !RightToLeft
        && Style is null
        && Color is null;
}
