namespace PrepPack.Templates;

/// <summary>
/// The settings at the top of a rendered document, between "---" lines: what file it becomes
/// and how its pages are set up.
/// </summary>
public sealed record FrontMatter
{
    /// <summary>The output file name, such as "cards.pdf".</summary>
    public string? Output { get; init; }
    public string Format { get; init; } = "pdf";
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Subject { get; init; }
    public string? Keywords { get; init; }
    public string? Page { get; init; }
    public string? Orientation { get; init; }
    public float? Margin { get; init; }
    public string? Header { get; init; }
    public string? Footer { get; init; }

    /// <summary>"one-page": shrink type until the document fits one page.</summary>
    public string? Fit { get; init; }
    public int TocDepth { get; init; } = 2;
    public bool? Justify { get; init; }

    /// <summary>Pages (cards) printed on each sheet of paper; 1 keeps each page its own size.</summary>
    public int NUp { get; init; } = 1;

    /// <summary>The paper the cards are printed on when more than one goes on a sheet.</summary>
    public string Sheet { get; init; } = "letter";
    public bool CutMarks { get; init; } = true;

    /// <summary>Pages alternate front and back for double-sided printing.</summary>
    public bool Duplex { get; init; }

    /// <summary>"framework" or "story": the template renders once for each.</summary>
    public string? ForEach { get; init; }

    /// <summary>Also make this file from only the stories changed since the last build (cards-changed.pdf).</summary>
    public string? ChangedOutput { get; init; }

    /// <summary>The line the front matter ends on, so body lines can be counted from it.</summary>
    public int EndLine { get; init; }

    public bool FitsOnePage => string.Equals(Fit, "one-page", StringComparison.OrdinalIgnoreCase);
}
