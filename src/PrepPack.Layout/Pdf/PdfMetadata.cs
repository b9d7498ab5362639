using PrepPack.Layout.Paging;

namespace PrepPack.Layout.Pdf;

/// <summary>What a PDF says about itself in its document properties.</summary>
public sealed record PdfMetadata(string Title, string? Author = null, string? Subject = null, string? Keywords = null)
{
    public const string Creator = "PrepPack";

    /// <summary>The date written into the file, or none, so that the same input gives the same bytes.</summary>
    public DateTime? Date { get; init; }

    /// <summary>The language of the text (a BCP 47 tag), which screen readers and hyphenating readers use.</summary>
    public string Language { get; init; } = DefaultLanguage;

    public const string DefaultLanguage = "en-GB";

    /// <summary>For a document printed on cards, the edge the print dialog turns sheets over on
    /// (None: one-sided), asked for with no scaling to fit; null leaves the dialog's defaults.</summary>
    public DuplexFlip? Duplex { get; init; }
}
