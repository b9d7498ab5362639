using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Layout.Text;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// Estimates how tall each page of a Word document will be, without Word: each paragraph's text
/// is measured with the font and size of its style and broken into lines of the text width.
/// Close enough to warn when a one-pager will spill onto a second page.
/// </summary>
internal sealed class OnePageEstimate(Theme theme, FaceChooser faces, float textWidth, float textHeight)
{
    // A font's natural line is about 1.17 of its size for DejaVu and most text faces.
    private const float NaturalLine = 1.17f;
    private const float CellPadding = 8;

    public IReadOnlyList<PageEstimate> Pages(IEnumerable<OpenXmlElement> blocks)
    {
        var pages = new List<PageEstimate>();
        string? anchor = null, title = null;
        var height = 0f;
        foreach (var block in blocks)
        {
            if (block is Paragraph p && p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
            {
                pages.Add(Close(anchor, title, height));
                (anchor, title, height) = (null, null, 0);
                continue;
            }
            anchor ??= block.Descendants<BookmarkStart>().FirstOrDefault()?.Name?.Value;
            if (title is null && block is Paragraph heading && StyleOf(heading).StartsWith("Heading", StringComparison.Ordinal))
                title = heading.InnerText;
            height += Height(block, textWidth);
        }
        pages.Add(Close(anchor, title, height));
        return pages;
    }

    private PageEstimate Close(string? anchor, string? title, float height)
    {
        var over = Math.Max(0, height - textHeight);
        var line = theme.Sizes.Body * NaturalLine * theme.Spacing.LineHeight;
        return new PageEstimate(anchor, title ?? "", over / textHeight, (int)Math.Ceiling(over / line));
    }

    private float Height(OpenXmlElement block, float width) => block switch
    {
        Paragraph paragraph => ParagraphHeight(paragraph, width),
        Table table => table.Elements<TableRow>().Sum(row => RowHeight(row)),
        _ => 0,
    };

    private float RowHeight(TableRow row) =>
        row.Elements<TableCell>().Select(cell =>
        {
            var width = CellWidth(cell) - CellPadding;
            return cell.Elements<OpenXmlElement>().Sum(e => Height(e, width));
        }).DefaultIfEmpty(0).Max() + 4;

    private float CellWidth(TableCell cell)
    {
        var w = cell.TableCellProperties?.TableCellWidth;
        if (w?.Width?.Value is not { } value || !float.TryParse(value, out var number)) return textWidth;
        return w.Type?.Value == TableWidthUnitValues.Pct ? textWidth * number / 5000 : number / 20;
    }

    private float ParagraphHeight(Paragraph paragraph, float width)
    {
        var (families, size, lineFactor, before, after, indent) = Metrics(StyleOf(paragraph));
        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
            indent = 18 * (level + 1);
        var text = paragraph.InnerText;
        var lines = 1;
        if (text.Length > 0)
        {
            var style = new TextStyle { Families = families, Size = size };
            var measured = faces.FacesOf(style)[0].Shape(text, size).Width;
            lines = Math.Max(1, (int)Math.Ceiling(measured * 1.04f / Math.Max(20, width - indent)));
        }
        return before + after + lines * size * NaturalLine * lineFactor;
    }

    private (IReadOnlyList<string> Families, float Size, float Line, float Before, float After, float Indent) Metrics(string style)
    {
        var body = theme.Fonts.ForBody;
        var heading = theme.Fonts.ForHeading;
        var s = theme.Sizes;
        var line = theme.Spacing.LineHeight;
        return style switch
        {
            StyleIds.Title => (heading, s.H1 * 1.2f, line, 0, 12, 0),
            StyleIds.Heading1 => (heading, s.H1, line, theme.Spacing.HeadingAbove, 4, 0),
            StyleIds.Heading2 => (heading, s.H2, line, theme.Spacing.HeadingAbove, 4, 0),
            StyleIds.Heading3 => (heading, s.H3, line, theme.Spacing.HeadingAbove, 4, 0),
            StyleIds.TableText => (body, s.Body * 0.95f, 1, 0, 0, 0),
            StyleIds.Small => (body, s.Small, line, 0, theme.Spacing.Paragraph, 0),
            StyleIds.ListBullet or StyleIds.ListNumber => (body, s.Body, line, 0, theme.Spacing.ListItem, 18),
            StyleIds.ListContinue => (body, s.Body, line, 0, theme.Spacing.Paragraph, 18),
            StyleIds.BoxText => (body, s.Body, line, 0, theme.Spacing.Paragraph / 2, 0),
            StyleIds.Code => (theme.Fonts.ForMono, s.Code, line, 0, theme.Spacing.Paragraph, 0),
            _ => (body, s.Body, line, 0, theme.Spacing.Paragraph, 0),
        };
    }

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal;
}
