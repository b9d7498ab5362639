using PrepPack.Tests.Support;
using UglyToad.PdfPig.Core;

namespace PrepPack.Tests.Pdf;

/// <summary>A contents as a typesetter sets it: dots lead the eye to the page number, which stands on the entry's
/// last line.</summary>
public class ContentsLeaderTests
{
    private const string Long =
        "Tell me about a time you had to choose between two things that both mattered to the people you worked with "
        + "and to you";

    private static UglyToad.PdfPig.Content.Page ContentsPage()
    {
        var result = Typesetting.Render(
            $"# Contents {{.unlisted}}\n\n::: toc\n:::\n\n# Short\n\nText.\n\n\\newpage\n\n# {Long}\n\nText.\n"
        );
        Assert.True(result.Succeeded);
        var pdf = PdfInspection.Open(result.Bytes!);
        return pdf.GetPage(1);
    }

    private static double Baseline(UglyToad.PdfPig.Content.Word word) => word.Letters[0].StartBaseLine.Y;

    [Fact]
    public void A_wrapped_entry_has_its_page_number_on_its_last_line()
    {
        var page = ContentsPage();
        var words = page.GetWords().ToList();
        var number = words.Single(w => w.Text == "2" && w.BoundingBox.Bottom > 72);
        var first = words.First(w => w.Text == "choose");
        // The entry's last word, "you", on the line below "choose".
        var last = words.Last(w => w.Text == "you" && Baseline(w) > number.BoundingBox.Bottom - 5);
        Assert.True(Baseline(first) > Baseline(last) + 5, "The long entry wraps onto a second line.");
        Assert.Equal(Baseline(last), Baseline(number), 0.5);
        Assert.True(number.BoundingBox.Left > last.BoundingBox.Right + 20);
    }

    [Fact]
    public void Dots_lead_from_each_entry_to_its_page_number()
    {
        var page = ContentsPage();
        var words = page.GetWords().ToList();
        var strokes = page
            .Paths.Where(p => p.IsStroked)
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .ToList();
        foreach (var number in new[] { "1", "2" })
        {
            var digits = words.First(w => w.Text == number && w.BoundingBox.Bottom > 72);
            var title = words
                .Where(w => w != digits && Math.Abs(Baseline(w) - Baseline(digits)) < 0.5)
                .MaxBy(w => w.BoundingBox.Right)!;
            // The leader is one dotted stroke on the line, from a little after the title to a little before the number.
            var leader = strokes.Single(r => Math.Abs(r.Bottom - Baseline(digits)) < 2);
            Assert.InRange(leader.Left - title.BoundingBox.Right, 1, 12);
            Assert.InRange(digits.BoundingBox.Left - leader.Right, 1, 12);
        }
    }
}
