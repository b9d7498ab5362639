using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A table that splits between pages by whole rows and repeats its header row on every page.
/// Column widths come from the content of the cells. A break never leaves one body row alone
/// at the foot of a page or at the head of the next, when moving rows on can help. Rows with
/// nothing in them at the end (<see cref="RuledRows"/>, ruled lines to write on) fill the page
/// they reach and stop there: what does not fit is left off rather than start a page of its own.
/// </summary>
public sealed class Table(
    IReadOnlyList<TableCell>? header,
    IReadOnlyList<IReadOnlyList<TableCell>> rows,
    TableStyle style
) : Element
{
    private int _nextRow;
    private int? _columns;
    private readonly Dictionary<float, (float[]? Widths, int Fitting)> _widths = [];
    private readonly Dictionary<(IReadOnlyList<TableCell>, float), float> _rowHeights = [];

    // A tagged table's rows and cells (TR, TH, TD), made as they are first drawn.
    private readonly Dictionary<object, StructureTag> _tags = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many of the last rows are empty rows to write on: the table ends where the page does.</summary>
    public int RuledRows { get; init; }

    protected override SpacePlan MeasureCore(Size available)
    {
        if (_nextRow >= rows.Count)
            return SpacePlan.Empty();
        var (count, height) = Fit(available);
        if (count == 0)
            return SpacePlan.Wrap();
        return Ends(count) ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    /// <summary>Whether the table ends with these rows: the last, or the page ends among the ruled rows.</summary>
    private bool Ends(int count) =>
        _nextRow + count == rows.Count || _nextRow + count > rows.Count - RuledRows && count > 0;

    protected override void DrawCore(Size available, DrawContext context)
    {
        var (count, _) = Fit(available);
        if (count == 0 || Widths(available.Width) is not { } widths)
            return;
        // The rows on this page, top to bottom; the header row is read once, where the table starts, and
        // repeated on later pages it is decoration.
        var placed = new List<PlacedRow>(count + 1);
        var y = 0f;
        if (header is not null)
        {
            foreach (var cell in header)
                cell.Content.Reset();
            var repeated = Tag is not null && _nextRow > 0;
            var role = repeated ? null : StructureRoles.HeaderCell;
            placed.Add(new PlacedRow(header, y, RowHeight(header, widths), style.HeaderBackground, role, repeated));
            y += placed[^1].Height;
        }
        for (var r = _nextRow; r < _nextRow + count; r++)
        {
            placed.Add(new PlacedRow(rows[r], y, RowHeight(rows[r], widths), null, StructureRoles.DataCell, false));
            y += placed[^1].Height;
        }
        // Backgrounds, then the grid, then the text: shapes in few paths and the text in one text object.
        DrawBackgrounds(placed, widths, context);
        DrawGrid(placed, widths, context);
        foreach (var row in placed)
            DrawCells(row, widths, context);
        _nextRow = Ends(count) ? rows.Count : _nextRow + count;
    }

    /// <summary>Each cell's background; cells side by side or one above the other in one colour are one
    /// rectangle.</summary>
    private static void DrawBackgrounds(List<PlacedRow> placed, float[] widths, DrawContext context)
    {
        var areas = new List<(Rect Rect, Color Color)>();
        foreach (var row in placed)
        {
            var (x, c) = (0f, 0);
            while (c < widths.Length)
            {
                var color = Background(row, c);
                var (left, width) = (x, 0f);
                do
                {
                    width += widths[c];
                    x += widths[c];
                    c++;
                } while (c < widths.Length && color is not null && Background(row, c) == color);
                if (color is not { } fill)
                    continue;
                // The same span in the same colour right above: the rectangle grows down instead.
                var above = areas.FindIndex(a =>
                    a.Color == fill
                    && a.Rect.X == left
                    && a.Rect.Width == width
                    && Math.Abs(a.Rect.Bottom - row.Y) < Size.Epsilon
                );
                if (above >= 0)
                    areas[above] = (areas[above].Rect with { Height = row.Y + row.Height - areas[above].Rect.Y }, fill);
                else
                    areas.Add((new Rect(left, row.Y, width, row.Height), fill));
            }
        }
        // Areas never overlap, so drawing them colour by colour looks the same.
        foreach (var (rect, color) in areas.OrderBy(a => a.Color.R).ThenBy(a => a.Color.G).ThenBy(a => a.Color.B))
            context.FillRect(rect, color);
    }

    private static Color? Background(PlacedRow row, int column) =>
        (column < row.Cells.Count ? row.Cells[column].Background : null) ?? row.Background;

    /// <summary>
    /// The grid once, in one colour and width and so one path: the frame, then each boundary between rows and
    /// between columns as one line from edge to edge.
    /// </summary>
    private void DrawGrid(List<PlacedRow> placed, float[] widths, DrawContext context)
    {
        var (color, pen) = (style.GridColor, style.GridWidth);
        var right = widths.Sum();
        var bottom = placed[^1].Y + placed[^1].Height;
        context.StrokeRect(new Rect(0, 0, right, bottom), color, pen);
        for (var i = 1; i < placed.Count; i++)
            context.DrawLine(0, placed[i].Y, right, placed[i].Y, color, pen);
        var x = 0f;
        for (var c = 0; c < widths.Length - 1; c++)
        {
            x += widths[c];
            context.DrawLine(x, 0, x, bottom, color, pen);
        }
    }

    private void DrawCells(PlacedRow row, float[] widths, DrawContext context)
    {
        if (row.Repeated)
            context.BeginArtifact(ArtifactKind.Layout);
        var tagged = Tag is not null && row.CellRole is not null;
        if (tagged)
            context.BeginTag(TagOf(row.Cells, StructureRoles.TableRow));
        var x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            if (c < row.Cells.Count)
            {
                if (tagged)
                    context.BeginTag(TagOf(row.Cells[c], row.CellRole!));
                using (context.Translate(x + style.CellPadding.Left, row.Y + style.CellPadding.Top))
                    row.Cells[c]
                        .Content.Draw(
                            new Size(widths[c] - style.CellPadding.Horizontal, row.Height - style.CellPadding.Vertical),
                            context
                        );
                if (tagged)
                    context.EndTag();
            }
            x += widths[c];
        }
        if (tagged)
            context.EndTag();
        if (row.Repeated)
            context.EndTag();
    }

    public override Element Blocking(Size available) => this;

    /// <summary>Each column's width in a table <paramref name="width"/> wide; null when they do not fit.</summary>
    public IReadOnlyList<float>? ColumnWidthsAt(float width) => Widths(width);

    /// <summary>The cell of <paramref name="column"/> that asks for the most width: the one making it wide.</summary>
    public TableCell? WidestIn(int column) => CellsOf(column).MaxBy(c => c.MaxWidth);

    /// <summary>The median width a cell of <paramref name="column"/> asks for, its header's included.</summary>
    public float TypicalWidthIn(int column)
    {
        var widths = CellsOf(column).Select(c => c.MaxWidth).Order().ToList();
        return widths.Count == 0 ? 0 : widths[widths.Count / 2];
    }

    private IEnumerable<TableCell> CellsOf(int column) =>
        rows.Concat(header is null ? [] : [header]).Where(r => column < r.Count).Select(r => r[column]);

    public int ColumnCount => _columns ??= Math.Max(header?.Count ?? 0, rows.Count == 0 ? 0 : rows.Max(r => r.Count));

    /// <summary>When the columns cannot all be placed side by side in the width last offered, even with
    /// every word cut: how many there are and how many fit. Nothing is drawn then, and paging reports it.</summary>
    public (int Columns, int Fitting)? TooWide { get; private set; }

    protected override void ResetCore()
    {
        _nextRow = 0;
        foreach (var cell in rows.SelectMany(r => r).Concat(header ?? []))
            cell.Content.Reset();
    }

    private (int Count, float Height) Fit(Size available)
    {
        if (Widths(available.Width) is not { } widths)
            return (0, 0);
        var height = header is null ? 0 : RowHeight(header, widths);
        if (height > available.Height + Size.Epsilon)
            return (0, 0);
        var count = 0;
        for (var r = _nextRow; r < rows.Count; r++)
        {
            var row = RowHeight(rows[r], widths);
            if (height + row > available.Height + Size.Epsilon)
                break;
            height += row;
            count++;
        }
        return KeepRowsInPairs(count, height, widths);
    }

    /// <summary>
    /// Of the <paramref name="count"/> rows that fit, how many to place so that at least two rows
    /// go on each side of the break: one row fewer when the next page would start with the last
    /// row alone (widow), none when only one would stand here (orphan), so the rows move on
    /// together. At the top of a page moving on cannot help, so a row too tall to go with
    /// another breaks as it fits.
    /// </summary>
    private (int Count, float Height) KeepRowsInPairs(int count, float height, float[] widths)
    {
        var remaining = rows.Count - _nextRow;
        if (count == 0 || count == remaining || Ends(count))
            return (count, height);
        var keep = Math.Min(count, remaining - 2);
        if (keep < 2)
            return PageTop.Now ? (count, height) : (0, 0);
        for (var r = _nextRow + keep; r < _nextRow + count; r++)
            height -= RowHeight(rows[r], widths);
        return (keep, height);
    }

    private float[]? Widths(float total)
    {
        if (!_widths.TryGetValue(total, out var shared))
            _widths[total] = shared = ShareWidths(total);
        TooWide = shared.Widths is null ? (ColumnCount, shared.Fitting) : null;
        return shared.Widths;
    }

    private (float[]?, int) ShareWidths(float total)
    {
        var columns = ColumnCount;
        var all = rows.Concat(header is null ? [] : [header]).ToList();
        List<float> Widest(Func<TableCell, float> width) =>
            Enumerable
                .Range(0, columns)
                .Select(c =>
                    all.Where(r => c < r.Count).Select(r => width(r[c])).DefaultIfEmpty(0).Max()
                    + style.CellPadding.Horizontal
                )
                .ToList();
        var least = Widest(cell => cell.LeastWidth);
        var widths = ColumnWidths.Share(total, least, Widest(cell => cell.MinWidth), Widest(cell => cell.MaxWidth));
        return (widths, widths is null ? ColumnWidths.Fitting(total, least) : columns);
    }

    private float RowHeight(IReadOnlyList<TableCell> row, float[] widths)
    {
        // A row is measured whole before it is drawn, so its height never changes.
        if (_rowHeights.TryGetValue((row, widths[0]), out var known))
            return known;
        return _rowHeights[(row, widths[0])] = MeasureRow(row, widths);
    }

    private float MeasureRow(IReadOnlyList<TableCell> row, float[] widths)
    {
        var height = 0f;
        for (var c = 0; c < row.Count; c++)
        {
            var plan = row[c].Content.Measure(new Size(widths[c] - style.CellPadding.Horizontal, float.MaxValue / 4));
            height = Math.Max(height, plan.Height);
        }
        return height + style.CellPadding.Vertical;
    }

    /// <summary>The tag of a row or a cell; a header cell heads its column.</summary>
    private StructureTag TagOf(object part, string role)
    {
        if (!_tags.TryGetValue(part, out var tag))
            _tags[part] = tag = new StructureTag(role)
            {
                Scope = role == StructureRoles.HeaderCell ? "Column" : null,
                KeepEmpty = role != StructureRoles.TableRow,
            };
        return tag;
    }
}
