using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Places card-sized pages onto sheets of paper in a grid, with cut marks in the margin. For
/// double-sided printing the pages come as front, back, front, back…; each back is placed where
/// it lands behind its front once the sheet is turned over on the edge asked for, and the page
/// count is made even.
/// </summary>
public static class Imposition
{
    /// <summary>A quarter inch: most printers leave this much of the paper's edge unprinted.</summary>
    public const float EdgeClearance = 18;

    private const float MarkLength = 12;
    private const float MarkGap = 3;

    /// <summary>A mark shorter than this is not worth drawing: the eye does not find it.</summary>
    private const float ShortestMark = 4;

    private static readonly Color MarkColor = new(0x80, 0x80, 0x80);

    /// <summary>The grid that fits <paramref name="perSheet"/> cards, or null when the sheet is too small.</summary>
    public static (float Width, float Height, int Columns, int Rows)? Grid(
        float cardWidth,
        float cardHeight,
        SheetSettings sheet
    )
    {
        foreach (var (w, h) in new[] { (sheet.Width, sheet.Height), (sheet.Height, sheet.Width) })
        {
            var columns = (int)((w + Size.Epsilon) / cardWidth);
            var rows = (int)((h + Size.Epsilon) / cardHeight);
            if (columns * rows < sheet.PerSheet)
                continue;
            columns = Math.Min(columns, sheet.PerSheet);
            return (w, h, columns, (sheet.PerSheet + columns - 1) / columns);
        }
        return null;
    }

    /// <summary>The most cards of this size one sheet holds, either way round.</summary>
    public static int Capacity(float cardWidth, float cardHeight, float sheetWidth, float sheetHeight) =>
        Math.Max(
            (int)(sheetWidth / cardWidth) * (int)(sheetHeight / cardHeight),
            (int)(sheetHeight / cardWidth) * (int)(sheetWidth / cardHeight)
        );

    /// <summary>
    /// Where the back of a card goes on the back of a sheet, given where its front is on the front.
    /// Lay the sheet face up, x to the right and y down. Turning it over on an edge is a half turn
    /// about an axis along that edge; the back page is printed upright for the reader after that
    /// turn. Turned about a vertical axis (the left and right edges), the point at (x, y) ends up
    /// at (W - x, y); about a horizontal axis (top and bottom edges), at (x, H - y). A portrait
    /// sheet (H &gt; W) has its long edges at the left and right, so a long-edge flip mirrors x and
    /// a short-edge flip mirrors y; a landscape sheet (W &gt; H) the other way round.
    /// </summary>
    public static Rect BackOf(Rect front, float sheetWidth, float sheetHeight, DuplexFlip flip)
    {
        var portrait = sheetHeight >= sheetWidth;
        var mirrorX = flip == DuplexFlip.LongEdge ? portrait : !portrait;
        return mirrorX ? front with { X = sheetWidth - front.Right } : front with { Y = sheetHeight - front.Bottom };
    }

    /// <summary>The cards placed on sheets; each sheet is drawn when it is asked for, from the cards it
    /// holds.</summary>
    public static LaidOutDocument Apply(LaidOutDocument cards, SheetSettings sheet)
    {
        var (cardWidth, cardHeight) = (cards.Setup.Width, cards.Setup.Height);
        var count = cards.Pages.Count;
        var padded = sheet.Duplex && count % 2 == 1 ? count + 1 : count;
        RecordedPage Card(int index) =>
            index < count ? cards.Pages[index] : new RecordedPage(count + 1, cardWidth, cardHeight);
        if (sheet.PerSheet <= 1)
            return cards with { Pages = new PagesOnDemand(padded, Card) };

        var (width, height, columns, rows) = Grid(cardWidth, cardHeight, sheet)
            ?? throw new ArgumentException("The sheet is too small for the cards; check Grid first.");
        var left = (width - columns * cardWidth) / 2;
        var top = (height - rows * cardHeight) / 2;
        var marks = CutMarks(width, height, left, top, columns, rows, cardWidth, cardHeight).Drawn;

        // With both sides printed the fronts are the even pages, each back the page after its front.
        var sides = sheet.Duplex ? 2 : 1;
        var fronts = sheet.Duplex ? padded / 2 : padded;
        var sheets = (fronts + sheet.PerSheet - 1) / sheet.PerSheet;
        RecordedPage Side(int index)
        {
            var (start, back) = (index / sides * sheet.PerSheet, index % sides == 1);
            var side = new RecordedPage(index + 1, width, height);
            for (var slot = 0; slot < sheet.PerSheet && start + slot < fronts; slot++)
            {
                var (row, column) = (slot / columns, slot % columns);
                var place = new Rect(left + column * cardWidth, top + row * cardHeight, cardWidth, cardHeight);
                if (back)
                {
                    var behind = BackOf(place, width, height, sheet.Flip);
                    side.Place(Card(2 * (start + slot) + 1), behind.X, behind.Y);
                }
                else
                    side.Place(Card(sheet.Duplex ? 2 * (start + slot) : start + slot), place.X, place.Y);
            }
            if (sheet.CutMarks)
                foreach (var (x1, y1, x2, y2) in marks)
                    side.DrawLine(x1, y1, x2, y2, MarkColor, 0.5f);
            return side;
        }
        var setup = cards.Setup with { Width = width, Height = height };
        return new LaidOutDocument(new PagesOnDemand(sheets * sides, Side), setup);
    }

    /// <summary>How many cut marks are left out because they would come within <see cref="EdgeClearance"/> of the
    /// paper's edge.</summary>
    public static int CutMarksLeftOut(float cardWidth, float cardHeight, SheetSettings sheet)
    {
        if (
            !sheet.CutMarks
            || sheet.PerSheet <= 1
            || Grid(cardWidth, cardHeight, sheet) is not var (width, height, columns, rows)
        )
            return 0;
        var left = (width - columns * cardWidth) / 2;
        var top = (height - rows * cardHeight) / 2;
        return CutMarks(width, height, left, top, columns, rows, cardWidth, cardHeight).LeftOut;
    }

    /// <summary>
    /// Short lines in the margin along every cut, so a guillotine or a ruler finds them. Each is
    /// kept a quarter inch from the paper's edge, shortened to fit, and left out when no room is left.
    /// </summary>
    private static (List<(float, float, float, float)> Drawn, int LeftOut) CutMarks(
        float width,
        float height,
        float left,
        float top,
        int columns,
        int rows,
        float cardWidth,
        float cardHeight
    )
    {
        var drawn = new List<(float, float, float, float)>();
        var leftOut = 0;
        var right = left + columns * cardWidth;
        var bottom = top + rows * cardHeight;
        bool Clear(float along, float extent) =>
            along >= EdgeClearance - Size.Epsilon && along <= extent - EdgeClearance + Size.Epsilon;

        // A mark runs from the card edge outwards (direction -1 or +1) along one axis, at a fixed place on the other.
        void Mark(bool vertical, float at, float from, int direction)
        {
            var extent = vertical ? height : width;
            var start = from + direction * MarkGap;
            var end = from + direction * (MarkGap + MarkLength);
            end = direction < 0 ? Math.Max(end, EdgeClearance) : Math.Min(end, extent - EdgeClearance);
            if (!Clear(at, vertical ? width : height) || (end - start) * direction < ShortestMark)
            {
                leftOut++;
                return;
            }
            drawn.Add(vertical ? (at, start, at, end) : (start, at, end, at));
        }

        for (var c = 0; c <= columns; c++)
        {
            var x = left + c * cardWidth;
            Mark(vertical: true, x, top, -1);
            Mark(vertical: true, x, bottom, +1);
        }
        for (var r = 0; r <= rows; r++)
        {
            var y = top + r * cardHeight;
            Mark(vertical: false, y, left, -1);
            Mark(vertical: false, y, right, +1);
        }
        return (drawn, leftOut);
    }
}
