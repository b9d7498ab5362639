using PrepPack.Diagnostics;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Theming;

namespace PrepPack.Pdf;

/// <summary>Writes documents as PDF with PrepPack's own layout engine.</summary>
/// <param name="date">The date written into every file (SOURCE_DATE_EPOCH), or null.</param>
/// <param name="laidOut">Given each PDF's pages as laid out, by file name (for <c>preview</c>), or null.</param>
public sealed class PdfDocumentWriter(
    Theme theme, Lazy<FontLibrary> fonts, DateTime? date, Action<string, LaidOutDocument>? laidOut = null)
    : IDocumentWriter
{
    public OutputFormat Format => OutputFormat.Pdf;

    public IEnumerable<string> Reads => [];

    public WrittenDocument Write(
        string path, string fileName, FrontMatter settings, string body, DiagnosticBag diagnostics)
    {
        var pdf = MarkdownPdf.Render(path, settings, body, theme, fonts.Value, diagnostics, date);
        if (pdf is { Bytes: not null, Layout: { } pages }) laidOut?.Invoke(fileName, pages);
        return new WrittenDocument(pdf.Bytes, pdf.PageCount, pdf.Diagnostics);
    }
}
