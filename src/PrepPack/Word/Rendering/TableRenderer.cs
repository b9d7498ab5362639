using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WordRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace PrepPack.Word.Rendering;

/// <summary>
/// A pipe table in the PrepPack Table style: header row marked to repeat on every page, column
/// widths from the length of their text, cells shaded by class from the theme.
/// </summary>
internal sealed class TableRenderer : WordBlockRenderer<MarkdigTable>
{
    protected override IEnumerable<OpenXmlElement> Write(MarkdigTable block, WordRenderer renderer)
    {
        var rows = block.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var columns = rows.Max(r => r.Count);
        var widths = Widths(rows, columns, renderer.TextWidth);
        var table = new WordTable(new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                // 0x0620: header row styled, no banded rows or columns (the 2007 schema's hex form).
                new TableLook { Val = "0620" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in rows)
        {
            var properties = new TableRowProperties(new CantSplit());
            if (row.IsHeader) properties.Append(new TableHeader());
            var wordRow = new WordRow(properties);
            var cells = row.OfType<Markdig.Extensions.Tables.TableCell>().ToList();
            for (var c = 0; c < columns; c++)
                wordRow.Append(Cell(c < cells.Count ? cells[c] : null, widths[c], renderer));
            table.Append(wordRow);
        }
        yield return table;
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
    }

    private static WordCell Cell(Markdig.Extensions.Tables.TableCell? cell, int width, WordRenderer renderer)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (cell is not null && Shade(cell, renderer) is { } fill)
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var content = cell is null ? [] : renderer.With(StyleIds.TableText, () => renderer.Blocks(cell).ToList());
        if (content.Count == 0) content.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.TableText })));
        var wordCell = new WordCell(properties);
        wordCell.Append(content);
        return wordCell;
    }

    private static string? Shade(Markdig.Extensions.Tables.TableCell cell, WordRenderer renderer)
    {
        var classes = cell.Descendants<ParagraphBlock>().SelectMany(p => (p.TryGetAttributes()?.Classes ?? [])
            .Concat(p.Inline?.Descendants<Inline>().SelectMany(i => i.TryGetAttributes()?.Classes ?? []) ?? []));
        foreach (var name in classes)
            if (renderer.Theme.Cells.TryGetValue(name, out var color)) return WordStyles.Hex(color);
        return null;
    }

    /// <summary>Columns share the text width by the length of their longest text, each getting at least a sixth of its share;
    /// the last takes what rounding leaves, so together they are exactly the text width.</summary>
    private static int[] Widths(List<Markdig.Extensions.Tables.TableRow> rows, int columns, int textWidth)
    {
        var lengths = new double[columns];
        foreach (var row in rows)
            for (var c = 0; c < Math.Min(columns, row.Count); c++)
                lengths[c] = Math.Max(lengths[c], Math.Sqrt(Math.Max(4, row[c].Span.Length)));
        var total = lengths.Sum();
        var widths = lengths.Select(l => (int)(textWidth * l / total)).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }
}
