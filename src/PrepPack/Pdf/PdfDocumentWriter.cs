using PrepPack.Diagnostics;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf.Pieces;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>Writes documents as PDF with PrepPack's own layout engine.</summary>
/// <param name="date">The date written into every file (SOURCE_DATE_EPOCH), or null.</param>
/// <param name="laidOut">Given each PDF's pages as laid out, by file name (for <c>preview</c>), or null.</param>
/// <param name="keptPages">Where a document's pieces are kept between builds, so an edit lays out only the
/// pieces it changed; null to lay out every piece.</param>
/// <param name="pageLimit">The most pages a document may take before it is an error, sized to the story bank.</param>
public sealed class PdfDocumentWriter(
    Theme theme,
    Lazy<FontLibrary> fonts,
    DateTime? date,
    Action<string, LaidOutDocument>? laidOut = null,
    Func<RenderedDocument, PieceCache>? keptPages = null,
    int pageLimit = Paginator.LeastPageLimit
) : IDocumentWriter
{
    public OutputFormat Format => OutputFormat.Pdf;

    public IEnumerable<string> Reads => [];

    public WrittenDocument Write(RenderedDocument document, DiagnosticBag diagnostics)
    {
        var pdf = MarkdownPdf.Render(
            document.Path,
            document.Settings,
            document.Body,
            theme,
            fonts.Value,
            diagnostics,
            date,
            keptPages?.Invoke(document),
            pageLimit
        );
        if (pdf is { Bytes: not null, Layout: { } pages })
            laidOut?.Invoke(document.FileName, pages);
        return new WrittenDocument(pdf.Bytes, pdf.PageCount, pdf.Diagnostics);
    }
}
