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
        var y = 0f;
        if (header is not null)
        {
            foreach (var cell in header)
                cell.Content.Reset();
            // The header row is read once, where the table starts; repeated on later pages it is decoration.
            var repeated = Tag is not null && _nextRow > 0;
            if (repeated)
                context.BeginArtifact(ArtifactKind.Layout);
            var role = repeated ? null : StructureRoles.HeaderCell;
            y += DrawRow(header, widths, y, context, style.HeaderBackground, role);
            if (repeated)
                context.EndTag();
        }
        for (var r = _nextRow; r < _nextRow + count; r++)
            y += DrawRow(rows[r], widths, y, context, null, StructureRoles.DataCell);
        _nextRow = Ends(count) ? rows.Count : _nextRow + count;
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

    /// <param name="cellRole">How a tagged table's cells are tagged (TH, TD); null leaves the row untagged.</param>
    private float DrawRow(
        IReadOnlyList<TableCell> row,
        float[] widths,
        float y,
        DrawContext context,
        Color? rowBackground,
        string? cellRole
    )
    {
        var height = RowHeight(row, widths);
        var tagged = Tag is not null && cellRole is not null;
        if (tagged)
            context.BeginTag(TagOf(row, StructureRoles.TableRow));
        // The row's backgrounds and grid first, then its text: decoration in one run, each cell's text in one more.
        var x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            var fill = (c < row.Count ? row[c].Background : null) ?? rowBackground;
            if (fill is { } color)
                context.FillRect(new Rect(x, y, widths[c], height), color);
            x += widths[c];
        }
        x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            context.StrokeRect(new Rect(x, y, widths[c], height), style.GridColor, style.GridWidth);
            x += widths[c];
        }
        x = 0f;
        for (var c = 0; c < widths.Length; c++)
        {
            if (c < row.Count)
            {
                if (tagged)
                    context.BeginTag(TagOf(row[c], cellRole!));
                using (context.Translate(x + style.CellPadding.Left, y + style.CellPadding.Top))
                    row[c]
                        .Content.Draw(
                            new Size(widths[c] - style.CellPadding.Horizontal, height - style.CellPadding.Vertical),
                            context
                        );
                if (tagged)
                    context.EndTag();
            }
            x += widths[c];
        }
        if (tagged)
            context.EndTag();
        return height;
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
