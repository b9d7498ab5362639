using PrepPack.Layout.Core;

namespace PrepPack.Layout.Paging;

/// <summary>
/// Places card-sized pages onto sheets of paper in a grid, with cut marks in the margin. For
/// double-sided printing the pages come as front, back, front, back…; each back sits behind its
/// front when the sheet is flipped on its long edge, and the page count is made even.
/// </summary>
public static class Imposition
{
    private const float MarkLength = 12;
    private const float MarkGap = 3;
    private static readonly Color MarkColor = new(0x80, 0x80, 0x80);

    /// <summary>The grid that fits <paramref name="perSheet"/> cards, or null when the sheet is too small.</summary>
    public static (float Width, float Height, int Columns, int Rows)? Grid(float cardWidth, float cardHeight, SheetSettings sheet)
    {
        foreach (var (w, h) in new[] { (sheet.Width, sheet.Height), (sheet.Height, sheet.Width) })
        {
            var columns = (int)((w + Size.Epsilon) / cardWidth);
            var rows = (int)((h + Size.Epsilon) / cardHeight);
            if (columns * rows < sheet.PerSheet) continue;
            columns = Math.Min(columns, sheet.PerSheet);
            return (w, h, columns, (sheet.PerSheet + columns - 1) / columns);
        }
        return null;
    }

    /// <summary>The most cards of this size one sheet holds, either way round.</summary>
    public static int Capacity(float cardWidth, float cardHeight, float sheetWidth, float sheetHeight) =>
        Math.Max((int)(sheetWidth / cardWidth) * (int)(sheetHeight / cardHeight), (int)(sheetHeight / cardWidth) * (int)(sheetWidth / cardHeight));

    public static LaidOutDocument Apply(LaidOutDocument cards, SheetSettings sheet)
    {
        var pages = cards.Pages.ToList();
        if (sheet.Duplex && pages.Count % 2 == 1)
            pages.Add(new RecordedPage(pages.Count + 1, cards.Setup.Width, cards.Setup.Height));
        if (sheet.PerSheet <= 1) return cards with { Pages = pages };

        var (width, height, columns, rows) = Grid(cards.Setup.Width, cards.Setup.Height, sheet)
            ?? throw new ArgumentException("The sheet is too small for the cards; check Grid first.");
        var left = (width - columns * cards.Setup.Width) / 2;
        var top = (height - rows * cards.Setup.Height) / 2;
        var sheets = new List<RecordedPage>();

        var fronts = sheet.Duplex ? pages.Where((_, i) => i % 2 == 0).ToList() : pages;
        for (var start = 0; start < fronts.Count; start += sheet.PerSheet)
        {
            var front = new RecordedPage(sheets.Count + 1, width, height);
            var back = sheet.Duplex ? new RecordedPage(sheets.Count + 2, width, height) : null;
            for (var slot = 0; slot < sheet.PerSheet && start + slot < fronts.Count; slot++)
            {
                var (row, column) = (slot / columns, slot % columns);
                front.Place(fronts[start + slot], left + column * cards.Setup.Width, top + row * cards.Setup.Height);
                // Flipped on its long edge, a sheet's columns swap sides.
                back?.Place(pages[2 * (start + slot) + 1], left + (columns - 1 - column) * cards.Setup.Width, top + row * cards.Setup.Height);
            }
            if (sheet.CutMarks) DrawCutMarks(front, left, top, columns, rows, cards.Setup);
            sheets.Add(front);
            if (back is not null)
            {
                if (sheet.CutMarks) DrawCutMarks(back, left, top, columns, rows, cards.Setup);
                sheets.Add(back);
            }
        }
        var setup = cards.Setup with { Width = width, Height = height };
        return new LaidOutDocument(sheets, setup);
    }

    /// <summary>Short lines in the margin along every cut, so a guillotine or a ruler finds them.</summary>
    private static void DrawCutMarks(RecordedPage sheet, float left, float top, int columns, int rows, PageSetup card)
    {
        var right = left + columns * card.Width;
        var bottom = top + rows * card.Height;
        for (var c = 0; c <= columns; c++)
        {
            var x = left + c * card.Width;
            sheet.DrawLine(x, top - MarkGap - MarkLength, x, top - MarkGap, MarkColor, 0.5f);
            sheet.DrawLine(x, bottom + MarkGap, x, bottom + MarkGap + MarkLength, MarkColor, 0.5f);
        }
        for (var r = 0; r <= rows; r++)
        {
            var y = top + r * card.Height;
            sheet.DrawLine(left - MarkGap - MarkLength, y, left - MarkGap, y, MarkColor, 0.5f);
            sheet.DrawLine(right + MarkGap, y, right + MarkGap + MarkLength, y, MarkColor, 0.5f);
        }
    }
}
