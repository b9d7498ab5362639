using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;

namespace PrepPack.Tests.Layout;

/// <summary>
/// Where each back lands once the printed sheet is turned over. The sheet lies face up, x to the
/// right and y down from its top-left corner; the back page is printed so it reads upright after
/// the turn. Turning the sheet over about a vertical axis (on its left or right edge) takes the
/// point (x, y) to (W - x, y) as seen from above; about a horizontal axis (top or bottom edge), to
/// (x, H - y). The long edges of a portrait sheet (H &gt; W) are its left and right sides, so a
/// long-edge flip turns it about a vertical axis; a landscape sheet's long edges are top and
/// bottom. The short edge is the other axis. This test computes the turn itself, from these
/// facts, and does not call <see cref="Imposition.BackOf"/>.
/// </summary>
public class ImpositionTests
{
    private const float CardWidth = 360,
        CardHeight = 216;

    private static RecordedPage Card(int number)
    {
        var page = new RecordedPage(number, CardWidth, CardHeight);
        // Each page carries a fill of its own colour the size of the card, to find it on the sheet.
        page.FillRect(new Rect(0, 0, CardWidth, CardHeight), new Color((byte)number, 0, 0));
        return page;
    }

    /// <summary>Where a point on the back page is, seen from the front, after the sheet is turned over.</summary>
    private static (float X, float Y) Turned(float x, float y, float width, float height, DuplexFlip flip)
    {
        var longSidesVertical = height > width;
        var aboutVerticalAxis = flip == DuplexFlip.LongEdge ? longSidesVertical : !longSidesVertical;
        return aboutVerticalAxis ? (width - x, y) : (x, height - y);
    }

    private static Rect Where(RecordedPage sheet, int card) =>
        sheet.Commands.OfType<FillCommand>().Single(f => f.Color.R == card).Rect;

    [Theory]
    [InlineData(792, 612, 4, DuplexFlip.LongEdge)] // letter landscape, 2 x 2 cards of 5 x 3 in
    [InlineData(792, 612, 4, DuplexFlip.ShortEdge)]
    [InlineData(612, 792, 3, DuplexFlip.LongEdge)] // letter portrait, 1 x 3
    [InlineData(612, 792, 3, DuplexFlip.ShortEdge)]
    [InlineData(760, 1000, 8, DuplexFlip.LongEdge)] // a tall sheet, 2 x 4
    [InlineData(760, 1000, 8, DuplexFlip.ShortEdge)]
    [InlineData(1000, 760, 6, DuplexFlip.LongEdge)] // a wide sheet, 2 x 3, one card short of full
    public void Every_back_lands_behind_its_front_after_the_flip(
        float sheetWidth,
        float sheetHeight,
        int perSheet,
        DuplexFlip flip
    )
    {
        var cards = perSheet * 2 - (perSheet == 6 ? 1 : 0);
        var pages = Enumerable.Range(1, cards * 2).Select(Card).ToList();
        var document = new LaidOutDocument(pages, new PageSetup { Width = CardWidth, Height = CardHeight });
        var sheets = Imposition
            .Apply(document, new SheetSettings(perSheet, sheetWidth, sheetHeight, CutMarks: true, flip))
            .Pages;

        Assert.All(sheets, s => Assert.Equal((sheetWidth, sheetHeight), (s.Width, s.Height)));
        for (var card = 0; card < cards; card++)
        {
            var sheet = card / perSheet;
            var front = Where(sheets[2 * sheet], 2 * card + 1);
            var back = Where(sheets[2 * sheet + 1], 2 * card + 2);
            var (x1, y1) = Turned(back.X, back.Y, sheetWidth, sheetHeight, flip);
            var (x2, y2) = Turned(back.Right, back.Bottom, sheetWidth, sheetHeight, flip);
            var behind = new Rect(Math.Min(x1, x2), Math.Min(y1, y2), Math.Abs(x2 - x1), Math.Abs(y2 - y1));
            Assert.Equal(front.X, behind.X, 0.01f);
            Assert.Equal(front.Y, behind.Y, 0.01f);
            Assert.Equal((front.Width, front.Height), (behind.Width, behind.Height));
        }
    }

    [Theory]
    [InlineData(792, 612, 4)]
    [InlineData(612, 792, 2)]
    [InlineData(612, 792, 3)]
    public void Cut_marks_stay_a_quarter_inch_from_the_paper_edge(float sheetWidth, float sheetHeight, int perSheet)
    {
        var document = new LaidOutDocument([Card(1)], new PageSetup { Width = CardWidth, Height = CardHeight });
        var sheet = Imposition
            .Apply(document, new SheetSettings(perSheet, sheetWidth, sheetHeight, CutMarks: true, DuplexFlip.None))
            .Pages[0];
        var marks = sheet.Commands.OfType<LineCommand>().ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks.SelectMany(m => new[] { m.X1, m.X2 }), x =>
            Assert.InRange(x, 18 - 0.01f, sheetWidth - 18 + 0.01f)
        );
        Assert.All(marks.SelectMany(m => new[] { m.Y1, m.Y2 }), y =>
            Assert.InRange(y, 18 - 0.01f, sheetHeight - 18 + 0.01f)
        );
    }

    [Fact]
    public void Two_eight_by_five_cards_on_letter_leave_out_the_marks_that_would_print_at_the_edge()
    {
        var sheet = new SheetSettings(2, 612, 792, CutMarks: true, DuplexFlip.None);
        Assert.True(Imposition.CutMarksLeftOut(576, 360, sheet) > 0);
        Assert.Equal(0, Imposition.CutMarksLeftOut(432, 288, sheet));
    }
}
