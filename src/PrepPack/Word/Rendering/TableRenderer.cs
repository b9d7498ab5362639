using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Word.Body;
using MarkdigCell = Markdig.Extensions.Tables.TableCell;
using MarkdigRow = Markdig.Extensions.Tables.TableRow;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace PrepPack.Word.Rendering;

/// <summary>
/// A pipe table in the PrepPack Table style: header row marked to repeat on every page, rows that
/// never split and never stand alone on a page, column widths from the length of their text, cells
/// shaded by class from the theme.
/// </summary>
internal sealed class TableRenderer : WordBlockRenderer<MarkdigTable>
{
    // 0x0620: header row styled, no banded rows or columns (the 2007 schema's hex form).
    private const string Look = "0620";

    protected override IEnumerable<BodyBlock> Write(MarkdigTable block, WordRenderer renderer)
    {
        var rows = block.OfType<MarkdigRow>().ToList();
        var columns = rows.Max(r => r.Count);
        var widths = Widths(rows, columns, renderer.TextWidth);
        var table = new BodyTable
        {
            Style = StyleIds.Table,
            Look = Look,
            Grid = widths,
        };
        foreach (var row in rows)
        {
            var wordRow = new BodyRow(row.IsHeader);
            var cells = row.OfType<MarkdigCell>().ToList();
            for (var c = 0; c < columns; c++)
                wordRow.Cells.Add(Cell(c < cells.Count ? cells[c] : null, widths[c], renderer));
            table.Rows.Add(wordRow);
        }
        KeepRowsTogether(table);
        yield return table;
        yield return new BodyParagraph { SpaceAfter = 0 };
    }

    /// <summary>
    /// Rows travel in twos, as the PDF's tables do: the header with the first row, the first with the
    /// second and the last with the one before it, so no row stands alone at the foot or the head of a
    /// page. Word keeps a row with the next when its paragraphs are kept with the next.
    /// </summary>
    private static void KeepRowsTogether(BodyTable table)
    {
        var body = table.Rows.Where(r => !r.IsHeader).ToList();
        var kept = body.Count == 0 ? [] : table.Rows.Where(r => r.IsHeader).ToList();
        if (body.Count >= 2)
            kept.AddRange([body[0], body[^2]]);
        foreach (var row in kept)
        foreach (var cell in row.Cells)
        foreach (var paragraph in cell.Blocks.OfType<BodyParagraph>())
            paragraph.KeepWithNext = true;
    }

    private static BodyCell Cell(MarkdigCell? cell, int width, WordRenderer renderer)
    {
        var fill = cell is null ? null : Shade(cell, renderer);
        var content = cell is null ? [] : renderer.With(StyleIds.TableText, () => renderer.Blocks(cell).ToList());
        if (content.Count == 0)
            content.Add(new BodyParagraph { Style = StyleIds.TableText });
        return new BodyCell(width, percent: false, fill, content);
    }

    /// <summary>The theme's colour for the first class in the cell that has one: a paragraph's, then its inlines', in
    /// order.</summary>
    private static string? Shade(MarkdigCell cell, WordRenderer renderer)
    {
        foreach (var paragraph in cell.Descendants<ParagraphBlock>())
        {
            if (Fill(paragraph.TryGetAttributes()?.Classes, renderer) is { } fill)
                return fill;
            if (paragraph.Inline is null)
                continue;
            foreach (var inline in paragraph.Inline.Descendants<Inline>())
                if (Fill(inline.TryGetAttributes()?.Classes, renderer) is { } inlineFill)
                    return inlineFill;
        }
        return null;
    }

    private static string? Fill(List<string>? classes, WordRenderer renderer)
    {
        if (classes is null)
            return null;
        foreach (var name in classes)
            if (renderer.Theme.Cells.TryGetValue(name, out var color))
                return WordStyles.Hex(color);
        return null;
    }

    /// <summary>Columns share the text width by the length of their longest text, each getting at least a sixth of its
    /// share;
    /// the last takes what rounding leaves, so together they are exactly the text width.</summary>
    private static int[] Widths(List<MarkdigRow> rows, int columns, int textWidth)
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
