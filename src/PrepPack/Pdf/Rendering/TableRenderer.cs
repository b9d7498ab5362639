using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;
using PrepPack.Markdown;
using LayoutCell = PrepPack.Layout.Elements.TableCell;
using MarkdigCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTable = Markdig.Extensions.Tables.Table;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A pipe table: header row repeated on each page, column alignment from the separator row,
/// and a cell background chosen by class from the theme (<c>| 5 {.high} |</c>).
/// </summary>
internal sealed class TableRenderer : BlockRenderer<MarkdigTable>
{
    protected override Element? Write(MarkdigTable block, ElementRenderer renderer)
    {
        List<LayoutCell>? header = null;
        var rows = new List<IReadOnlyList<LayoutCell>>();
        foreach (var row in block.OfType<TableRow>())
        {
            var style = row.IsHeader ? renderer.Current with { Bold = true } : renderer.Current;
            var cells = row.OfType<MarkdigCell>()
                .Select((cell, i) => Cell(cell, Align(block, i), style, renderer))
                .ToList();
            if (row.IsHeader && header is null && rows.Count == 0)
                header = cells;
            else
                rows.Add(cells);
        }
        var tableStyle = new TableStyle
        {
            CellPadding = new Thickness(
                renderer.Theme.Spacing.CellPadding,
                renderer.Theme.Spacing.CellPadding * 0.6f,
                renderer.Theme.Spacing.CellPadding,
                renderer.Theme.Spacing.CellPadding * 0.6f
            ),
            GridColor = renderer.Theme.Colors.TableGrid.ToLayout(),
            HeaderBackground = renderer.Theme.Colors.TableHeader.ToLayout(),
        };
        var table = new Layout.Elements.Table(header, rows, tableStyle)
        {
            Source = renderer.Describe(block, "table"),
            Origin = renderer.At(block),
            RuledRows = RuledRows(block),
            Tag = new StructureTag(StructureRoles.Table),
        };
        renderer.Tables.Add(table);
        return table;
    }

    /// <summary>How many rows at the end hold nothing but spaces: rows to write on by hand.</summary>
    private static int RuledRows(MarkdigTable block)
    {
        var body = block.OfType<TableRow>().Where(r => !r.IsHeader).ToList();
        var count = 0;
        for (var i = body.Count - 1; i >= 0 && IsEmpty(body[i]); i--)
            count++;
        return count;

        static bool IsEmpty(TableRow row) =>
            row.Descendants<LiteralInline>().All(l => l.Content.ToString().Trim().Length == 0)
            && !row.Descendants<Inline>().Any(i => i is not LiteralInline and not ContainerInline);
    }

    private static LayoutCell Cell(
        MarkdigCell cell,
        TextAlign align,
        Layout.Text.TextStyle style,
        ElementRenderer renderer
    )
    {
        var paragraphs = new List<Element>();
        float least = 0,
            min = 0,
            max = 0;
        Color? background = null;
        foreach (var paragraph in cell.OfType<ParagraphBlock>())
        {
            var text = renderer.Paragraph(
                renderer.Spans(paragraph.Inline, style),
                style,
                align,
                paragraph,
                "table cell"
            );
            // A cell's text is the cell's (TD or TH) to a screen reader.
            text.Tag = null;
            paragraphs.Add(text);
            least = Math.Max(least, text.Text.WidestCharacter);
            min = Math.Max(min, text.MinContentWidth);
            max = Math.Max(max, text.MaxContentWidth);
            background ??= BackgroundOf(ClassNames.Of(paragraph), renderer)
                ?? InlineBackground(paragraph.Inline, renderer);
        }
        background ??= BackgroundOf(ClassNames.Of(cell), renderer);
        var content = new Column(paragraphs, renderer.Theme.Spacing.ListItem)
        {
            Source = paragraphs.FirstOrDefault()?.Source,
            Origin = paragraphs.FirstOrDefault()?.Origin ?? renderer.At(cell),
        };
        return new LayoutCell(content, min, max, background, least);
    }

    /// <summary>The first class the theme gives a cell colour. Markdig keeps "{.high}" on the inline it
    /// follows (<c>**5**{.high}</c>) or on the cell's paragraph.</summary>
    private static Color? BackgroundOf(IEnumerable<string> classes, ElementRenderer renderer) =>
        classes
            .Select(c => renderer.Theme.Cells.TryGetValue(c, out var color) ? color.ToLayout() : (Color?)null)
            .FirstOrDefault(c => c is not null);

    private static Color? InlineBackground(ContainerInline? container, ElementRenderer renderer)
    {
        if (container is null || renderer.Theme.Cells.Count == 0)
            return null;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (
                inline.TryGetAttributes()?.Classes is { Count: > 0 } classes
                && BackgroundOf(classes, renderer) is { } color
            )
                return color;
            if (inline is ContainerInline inner && InlineBackground(inner, renderer) is { } nested)
                return nested;
        }
        return null;
    }

    private static TextAlign Align(MarkdigTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => TextAlign.Center,
                TableColumnAlign.Right => TextAlign.Right,
                TableColumnAlign.Left => TextAlign.Left,
                _ => TextAlign.Start,
            }
            : TextAlign.Start;
}
