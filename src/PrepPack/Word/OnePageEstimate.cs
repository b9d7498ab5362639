using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Layout.Text;

namespace PrepPack.Word;

/// <summary>
/// Estimates how tall each page of a Word document will be, without Word: each paragraph's text
/// is measured with the font, size and spacing its style has in the style sheet and broken into
/// lines of the text width. Close enough to warn when a one-pager will spill onto a second page.
/// Blocks are added as the writer makes them, so the document never has to be held whole.
/// </summary>
internal sealed class OnePageEstimate(WordStyleSheet sheet, FaceChooser faces, float textWidth, float textHeight)
{
    // Lines break at spaces, so each ends a little short of the width: about 4% of a line, on average,
    // for the sentences of a STAR answer. Measured text is widened by this much before it is divided into lines.
    private const float WrapSlack = 1.04f;

    // Text narrower than this is not laid out narrower still: a deep indent in a thin cell.
    private const float NarrowestLine = 20;

    private readonly Dictionary<string, Measure> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<FontFace, WordWidths> _widths = [];
    private readonly List<PageEstimate> _pages = [];
    private string? _anchor, _title;
    private float _height;

    /// <summary>Counts one block of the body, in order; a paragraph holding a page break ends the page.</summary>
    public void Add(OpenXmlElement block)
    {
        if (block is Paragraph p && HasPageBreak(p))
        {
            Close();
            return;
        }
        _anchor ??= FirstBookmark(block);
        if (_title is null && block is Paragraph heading && StyleOf(heading).StartsWith("Heading", StringComparison.Ordinal))
            _title = heading.InnerText;
        _height += Height(block, textWidth);
    }

    /// <summary>Every page, the last one closed with what was added after the last break.</summary>
    public IReadOnlyList<PageEstimate> Finish()
    {
        Close();
        return _pages;
    }

    private void Close()
    {
        var over = Math.Max(0, _height - textHeight);
        var line = StyleMeasure(StyleIds.Normal).LineHeight;
        _pages.Add(new PageEstimate(_anchor, _title ?? "", over / textHeight, (int)Math.Ceiling(over / line)));
        (_anchor, _title, _height) = (null, null, 0);
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
        // Summed in double, as Enumerable.Sum sums floats, so the estimate stays what it was.
        var height = 0d;
        foreach (var row in table.Elements<TableRow>())
        {
            var tallest = 0f;
            foreach (var cell in row.Elements<TableCell>())
            {
                var width = CellWidth(cell) - margins.Left - margins.Right;
                var cellHeight = 0d;
                for (var child = cell.FirstChild; child is not null; child = child.NextSibling()) cellHeight += Height(child, width);
                tallest = Math.Max(tallest, (float)cellHeight);
            }
            height += tallest + margins.Top + margins.Bottom;
        }
        return (float)height;
    }

    private float CellWidth(TableCell cell)
    {
        var w = cell.TableCellProperties?.TableCellWidth;
        if (w?.Width?.Value is not { } value || !float.TryParse(value, CultureInfo.InvariantCulture, out var number)) return textWidth;
        return w.Type?.Value == TableWidthUnitValues.Pct ? textWidth * number / 5000 : number / 20;
    }

    private float ParagraphHeight(Paragraph paragraph, float width)
    {
        var style = StyleMeasure(StyleOf(paragraph));
        var metrics = style.Metrics;
        var direct = paragraph.ParagraphProperties;
        var indent = Twips(direct?.Indentation?.Left?.Value)
            ?? (direct?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level ? WordNumbering.Indent(level) : metrics.Indent);
        var spacing = direct?.SpacingBetweenLines;
        var before = Twips(spacing?.Before?.Value) ?? metrics.SpaceBefore;
        var after = Twips(spacing?.After?.Value) ?? metrics.SpaceAfter;
        var text = paragraph.InnerText;
        var lines = 1;
        if (text.Length > 0)
        {
            var measured = Widths(style.Face).Of(text) * (metrics.Size / style.Face.UnitsPerEm);
            lines = Math.Max(1, (int)Math.Ceiling(measured * WrapSlack / Math.Max(NarrowestLine, width - indent)));
        }
        return before + after + lines * style.LineHeight;
    }

    /// <summary>A style's metrics, the face its text is measured in and its line height, worked out once per document.</summary>
    private Measure StyleMeasure(string styleId)
    {
        if (_styles.TryGetValue(styleId, out var measure)) return measure;
        var metrics = sheet.Metrics(styleId);
        var face = faces.FacesOf(new TextStyle { Families = metrics.Families, Size = metrics.Size, Bold = metrics.Bold, Italic = metrics.Italic })[0];
        // Word's single line is the font's ascent plus descent; the style's spacing is a multiple of it or a height.
        var line = metrics.Line.Height(metrics.Size * (face.Ascender + face.Descender) / face.UnitsPerEm);
        return _styles[styleId] = new Measure(metrics, face, line);
    }

    private WordWidths Widths(FontFace face)
    {
        if (!_widths.TryGetValue(face, out var widths)) _widths[face] = widths = new WordWidths(face);
        return widths;
    }

    private static bool HasPageBreak(Paragraph paragraph)
    {
        foreach (var element in paragraph.Descendants<Break>())
            if (element.Type?.Value == BreakValues.Page) return true;
        return false;
    }

    private static string? FirstBookmark(OpenXmlElement block)
    {
        foreach (var bookmark in block.Descendants<BookmarkStart>()) return bookmark.Name?.Value;
        return null;
    }

    private static float? Twips(string? value) => float.TryParse(value, CultureInfo.InvariantCulture, out var twips) ? twips / 20 : null;

    private static string StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? StyleIds.Normal;

    private sealed record Measure(WordStyleMetrics Metrics, FontFace Face, float LineHeight);
}
