using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Word;

/// <summary>
/// The footer: the front matter's text with " | " between left, centre and right parts,
/// {page} and {pages} as Word fields that count the pages when the document is opened.
/// </summary>
internal static class WordFooter
{
    public const string RelationshipId = "rIdFooter";

    public static FooterReference Add(MainDocumentPart main, string text, int textWidth)
    {
        var part = main.AddNewPart<FooterPart>(RelationshipId);
        var parts = text.Split(" | ");
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphStyleId { Val = StyleIds.Footer },
            new Tabs(new TabStop { Val = TabStopValues.Center, Position = textWidth / 2 }, new TabStop { Val = TabStopValues.Right, Position = textWidth })));
        for (var i = 0; i < parts.Length; i++)
        {
            // Two parts sit left and right; three sit left, centre and right.
            if (i > 0) paragraph.Append(new Run(new TabChar()));
            if (i == 1 && parts.Length == 2) paragraph.Append(new Run(new TabChar()));
            AppendWithFields(paragraph, parts[i].Trim());
        }
        part.Footer = new Footer(paragraph);
        return new FooterReference { Type = HeaderFooterValues.Default, Id = RelationshipId };
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
            if (next > 0) paragraph.Append(Text(rest[..next]));
            var isTotal = next == pages;
            paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = isTotal ? " NUMPAGES " : " PAGE " });
            rest = rest[(next + (isTotal ? "{pages}" : "{page}").Length)..];
        }
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
