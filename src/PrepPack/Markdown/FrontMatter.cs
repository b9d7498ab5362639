using PrepPack.Theming;

namespace PrepPack.Markdown;

/// <summary>
/// The settings at the top of a document, between "---" lines, read into their types: what file
/// it becomes and how its pages are set up.
/// </summary>
public sealed record FrontMatter
{
    /// <summary>The output file name, such as "cards.pdf".</summary>
    public string? Output { get; init; }
    public OutputFormat Format { get; init; } = OutputFormat.Pdf;
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }

    /// <summary>The language of the text, a tag such as "en-GB" or "de-DE"; null for the profile's (en-GB when it
    /// names none).</summary>
    public string? Lang { get; init; }

    /// <summary>The language the output says its text is in.</summary>
    public string Language => Lang ?? Content.Model.LanguageTag.Default.Value;

    /// <summary>A page size PrepPack knows ("letter", "index-4x6", "6in x 4in"), or null for the theme's.</summary>
    public string? Page { get; init; }
    public PageOrientation Orientation { get; init; } = PageOrientation.Unset;

    /// <summary>In points.</summary>
    public float? Margin { get; init; }

    /// <summary>Null keeps the theme's; empty means none.</summary>
    public string? Header { get; init; }

    /// <summary>Null keeps the theme's; empty means none.</summary>
    public string? Footer { get; init; }

    public FitMode Fit { get; init; } = FitMode.None;
    public int TocDepth { get; init; } = 2;
    public bool? Justify { get; init; }

    /// <summary>Bold text in paragraphs is set in the heading's family (<c>bold_font: heading</c>), so a
    /// document of bold labels and figures needs one face fewer: the cards print with two.</summary>
    public bool BoldInHeadingFont { get; init; }

    /// <summary>Pages (cards) printed on each sheet of paper; 1 keeps each page its own size.</summary>
    public int NUp { get; init; } = 1;

    /// <summary>The paper the cards are printed on when more than one goes on a sheet.</summary>
    public string Sheet { get; init; } = "letter";
    public bool CutMarks { get; init; } = true;

    /// <summary>Pages alternate front and back for double-sided printing, turned over on this edge.</summary>
    public DuplexEdge Flip { get; init; } = DuplexEdge.None;

    public bool Duplex => Flip != DuplexEdge.None;

    /// <summary>Whether the front matter says how the pages print (<c>duplex:</c>, even one-sided), as the
    /// cards do: the PDF then asks the print dialog for that and for no scaling, so a card prints its size.</summary>
    public bool SaysDuplex { get; init; }

    /// <summary>The body type in points; every other size of the theme scales with it. Null keeps the
    /// theme's.</summary>
    public float? FontSize { get; init; }

    /// <summary>The smallest share of the type size fitting may shrink to; null keeps the theme's
    /// <c>fit_floor</c>.</summary>
    public float? FitFloor { get; init; }

    /// <summary>The template renders once for each framework or story.</summary>
    public ForEach ForEach { get; init; } = ForEach.None;

    /// <summary>Also make this file from only the stories changed since the cards were last printed
    /// (cards-changed.pdf).</summary>
    public string? ChangedOutput { get; init; }

    public bool FitsOnePage => Fit == FitMode.OnePage;

    /// <summary>"pdf" or "docx", for a file name.</summary>
    public string Extension => ExtensionOf(Format);

    /// <summary>A format's name in the front matter, which is also its file's extension.</summary>
    public static string ExtensionOf(OutputFormat format) => format.ToString().ToLowerInvariant();
}
