using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Layout;

/// <summary>How a table part is drawn on its page: backgrounds, then the grid once, then the words.</summary>
public class TableDrawingTests
{
    private static readonly Color Green = new(200, 230, 200);
    private static readonly Color Red = new(240, 170, 160);
    private static readonly Color Header = new(230, 237, 247);

    private static TableCell Cell(string text, Color? background = null)
    {
        var p = Typesetting.Paragraph(text);
        return new TableCell(p, p.MinContentWidth, p.MaxContentWidth, background);
    }

    /// <summary>A header and three rows of three cells: the first two cells of the first two rows green, the
    /// last cell of the first row red.</summary>
    private static RecordedPage Drawn()
    {
        var table = new Table(
            [Cell("Story"), Cell("Score"), Cell("Note")],
            [
                [Cell("alpha", Green), Cell("4", Green), Cell("weak", Red)],
                [Cell("beta", Green), Cell("5", Green), Cell("fine")],
                [Cell("gamma"), Cell("3"), Cell("fine")],
            ],
            new TableStyle { HeaderBackground = Header }
        );
        var outcome = Typesetting.Paginate(Typesetting.Page(400), table);
        Assert.True(outcome.Succeeded);
        return Assert.Single(outcome.Document!.Pages);
    }

    [Fact]
    public void Cells_in_one_colour_side_by_side_or_one_above_the_other_are_filled_as_one_area()
    {
        var fills = Drawn().Commands.OfType<FillCommand>().ToList();
        Assert.Equal(3, fills.Count);
        var header = Assert.Single(fills, f => f.Color == Header);
        var green = Assert.Single(fills, f => f.Color == Green);
        var red = Assert.Single(fills, f => f.Color == Red);
        // The green area is two cells wide and two rows tall; the red cell is the rest of the first row.
        Assert.Equal(header.Rect.X, green.Rect.X, 0.01);
        Assert.Equal(header.Rect.Bottom, green.Rect.Y, 0.01);
        Assert.Equal(green.Rect.Right, red.Rect.X, 0.01);
        Assert.Equal(header.Rect.Right, red.Rect.Right, 0.01);
        Assert.True(green.Rect.Height > red.Rect.Height * 1.9f, $"green {green.Rect.Height}, red {red.Rect.Height}");
    }

    [Fact]
    public void The_grid_is_a_frame_and_one_line_for_each_boundary_between_rows_or_columns()
    {
        var page = Drawn();
        var frame = Assert.Single(page.Commands.OfType<StrokeCommand>()).Rect;
        var lines = page.Commands.OfType<LineCommand>().ToList();
        var across = lines.Where(l => l.Y1 == l.Y2).ToList();
        var down = lines.Where(l => l.X1 == l.X2).ToList();
        Assert.Equal(lines.Count, across.Count + down.Count);
        Assert.Equal(3, across.Count);
        Assert.Equal(2, down.Count);
        Assert.All(across, l => Assert.Equal((frame.X, frame.Right), (Math.Min(l.X1, l.X2), Math.Max(l.X1, l.X2))));
        Assert.All(down, l => Assert.Equal((frame.Y, frame.Bottom), (Math.Min(l.Y1, l.Y2), Math.Max(l.Y1, l.Y2))));
    }

    [Fact]
    public void The_words_come_after_every_background_and_rule_so_they_stay_together()
    {
        var commands = Drawn().Commands.ToList();
        var lastShape = commands.FindLastIndex(c => c is FillCommand or StrokeCommand or LineCommand);
        var firstText = commands.FindIndex(c => c is TextCommand);
        Assert.True(lastShape < firstText, $"a shape at {lastShape}, the first words at {firstText}");
        Assert.Equal(
            "Story Score Note\nalpha 4 weak\nbeta 5 fine\ngamma 3 fine",
            string.Join("\n", Drawn().PlainText.Split('\n').Select(l => l.Trim()))
        );
    }
}
