using PrepPack.Theming;

namespace PrepPack.Markdown;

/// <summary>
/// The page a document is set on, read once from its front matter and the theme's defaults, and
/// laid out alike by the PDF and the Word writer: size turned to the orientation asked for,
/// margins, header and footer. Lengths are in points.
/// </summary>
public sealed record DocumentSetup
{
    public required float Width { get; init; }
    public required float Height { get; init; }
    public required float Margin { get; init; }
    public PageLine? Header { get; init; }
    public PageLine? Footer { get; init; }

    public float TextWidth => Width - 2 * Margin;
    public float TextHeight => Height - 2 * Margin;
    public bool IsLandscape => Width > Height;

    /// <summary>Less room than this between the margins is a mistake, not a layout: an inch each way.</summary>
    public const float LeastText = 72;

    public bool HasRoom => TextWidth >= LeastText && TextHeight >= LeastText;

    /// <summary>The pages of a section: the same paper, turned as it asks, with its margin.</summary>
    public DocumentSetup For(SectionSettings? section)
    {
        if (section is null)
            return this;
        var (width, height) = Turned(Width, Height, section.Orientation);
        return this with { Width = width, Height = height, Margin = section.Margin ?? Margin };
    }

    private static (float Width, float Height) Turned(float width, float height, PageOrientation orientation) =>
        orientation switch
        {
            PageOrientation.Landscape when height > width => (height, width),
            PageOrientation.Portrait when width > height => (height, width),
            _ => (width, height),
        };

    public static DocumentSetup From(FrontMatter settings, ThemePage page)
    {
        var (paperWidth, paperHeight) = PaperSize.Parse(settings.Page ?? page.Size) ?? PaperSize.Parse("letter")!.Value;
        var (width, height) = Turned(paperWidth, paperHeight, settings.Orientation);
        var title = settings.Title ?? "";
        return new DocumentSetup
        {
            Width = width,
            Height = height,
            Margin = settings.Margin ?? page.Margin,
            Header = PageLine.Parse(settings.Header ?? page.Header, title),
            Footer = PageLine.Parse(settings.Footer ?? page.Footer, title),
        };
    }
}
