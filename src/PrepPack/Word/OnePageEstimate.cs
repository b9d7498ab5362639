using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Layout.Text;

namespace PrepPack.Word;

/// <summary>
/// Estimates how tall each page of a Word document will be, without Word: each paragraph's text
/// is measured with the font, size and spacing its style has in the style sheet and broken into
/// lines of the text width. Close enough to warn when a one-pager will spill onto a second page.
/// </summary>
internal sealed class OnePageEstimate(WordStyleSheet sheet, FaceChooser faces, float textWidth, float textHeight)
{
    // Lines break at spaces, so each ends a little short of the width: about 4% of a line, on average,
    // for the sentences of a STAR answer. Measured text is widened by this much before it is divided into lines.
    private const float WrapSlack = 1.04f;

    // Text narrower than this is not laid out narrower still: a deep indent in a thin cell.
    private const float NarrowestLine = 20;

    private readonly Dictionary<string, WordStyleMetrics> _metrics = [];

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
        var normal = Metrics(StyleIds.Normal);
        var line = LineHeight(normal, Face(normal));
        return new PageEstimate(anchor, title ?? "", over / textHeight, (int)Math.Ceiling(over / line));
    }

    private float Height(OpenXmlElement block, float width) => block switch
    {
        Paragraph paragraph => ParagraphHeight(paragraph, width),
        Table table => TableHeight(table),
        _ => 0,
    };

    private float TableHeight(Table table)
    {
        var margins = sheet.CellMargins(table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value);
        return table.Elements<TableRow>().Sum(row =>
            row.Elements<TableCell>().Select(cell =>
            {
                var width = CellWidth(cell) - margins.Left - margins.Right;
                return cell.Elements<OpenXmlElement>().Sum(e => Height(e, width));
            }).DefaultIfEmpty(0).Max() + margins.Top + margins.Bottom);
    }

    private float CellWidth(TableCell cell)
    {
        var w = cell.TableCellProperties?.TableCellWidth;
        if (w?.Width?.Value is not { } value || !float.TryParse(value, CultureInfo.InvariantCulture, out var number)) return textWidth;
        return w.Type?.Value == TableWidthUnitValues.Pct ? textWidth * number / 5000 : number / 20;
    }

    private float ParagraphHeight(Paragraph paragraph, float width)
    {
        var metrics = Metrics(StyleOf(paragraph));
        var direct = paragraph.ParagraphProperties;
        var indent = Twips(direct?.Indentation?.Left?.Value)
            ?? (direct?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level ? WordNumbering.Indent(level) : metrics.Indent);
        var before = Twips(direct?.SpacingBetweenLines?.Before?.Value) ?? metrics.SpaceBefore;
        var after = Twips(direct?.SpacingBetweenLines?.After?.Value) ?? metrics.SpaceAfter;
        var face = Face(metrics);
        var text = paragraph.InnerText;
        var lines = 1;
        if (text.Length > 0)
        {
            var measured = face.Shape(text, metrics.Size).Width;
            lines = Math.Max(1, (int)Math.Ceiling(measured * WrapSlack / Math.Max(NarrowestLine, width - indent)));
        }
        return before + after + lines * LineHeight(metrics, face);
    }

    /// <summary>Word's single line is the font's ascent plus descent; the style's spacing is a multiple of it or a height.</summary>
    private static float LineHeight(WordStyleMetrics metrics, FontFace face) =>
        metrics.Line.Height(metrics.Size * (face.Ascender + face.Descender) / face.UnitsPerEm);

    private FontFace Face(WordStyleMetrics metrics) =>
        faces.FacesOf(new TextStyle { Families = metrics.Families, Size = metrics.Size, Bold = metrics.Bold, Italic = metrics.Italic })[0];

    private WordStyleMetrics Metrics(string style)
    {
        if (!_metrics.TryGetValue(style, out var metrics)) _metrics[style] = metrics = sheet.Metrics(style);
        return metrics;
    }

    private static float? Twips(string? value) => float.TryParse(value, CultureInfo.InvariantCulture, out var twips) ? twips / 20 : null;

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal;
}
