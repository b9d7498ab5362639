using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Markdown;

namespace PrepPack.Word;

/// <summary>
/// The header and footer: left, centre and right parts set at tab stops across the text width,
/// as the PDF writer places them; {page} and {pages} become Word fields that count the pages
/// when the document is opened.
/// </summary>
internal static class WordPageLines
{
    public static HeaderReference AddHeader(MainDocumentPart main, PageLine line, int textWidth, string id)
    {
        main.AddNewPart<HeaderPart>(id).Header = new Header(Paragraph(line, StyleIds.Header, textWidth));
        return new HeaderReference { Type = HeaderFooterValues.Default, Id = id };
    }

    public static FooterReference AddFooter(MainDocumentPart main, PageLine line, int textWidth, string id)
    {
        main.AddNewPart<FooterPart>(id).Footer = new Footer(Paragraph(line, StyleIds.Footer, textWidth));
        return new FooterReference { Type = HeaderFooterValues.Default, Id = id };
    }

    private static Paragraph Paragraph(PageLine line, string style, int textWidth)
    {
        var paragraph = new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = style },
                new Tabs(
                    new TabStop { Val = TabStopValues.Center, Position = textWidth / 2 },
                    new TabStop { Val = TabStopValues.Right, Position = textWidth }
                )
            )
        );
        AppendWithFields(paragraph, line.Left);
        if (line.Center.Length == 0 && line.Right.Length == 0)
            return paragraph;
        paragraph.Append(new Run(new TabChar()));
        AppendWithFields(paragraph, line.Center);
        if (line.Right.Length == 0)
            return paragraph;
        paragraph.Append(new Run(new TabChar()));
        AppendWithFields(paragraph, line.Right);
        return paragraph;
    }

    private static void AppendWithFields(Paragraph paragraph, string text)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = new[] { page, pages }.Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (next < 0)
            {
                paragraph.Append(Text(rest));
                return;
            }
            if (next > 0)
                paragraph.Append(Text(rest[..next]));
            var isTotal = next == pages;
            paragraph.Append(
                new SimpleField(new Run(new Text("1"))) { Instruction = isTotal ? " NUMPAGES " : " PAGE " }
            );
            rest = rest[(next + (isTotal ? "{pages}" : "{page}").Length)..];
        }
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
