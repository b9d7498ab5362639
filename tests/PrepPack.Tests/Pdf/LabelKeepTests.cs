using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

public class LabelKeepTests
{
    [Theory]
    [InlineData("**Likely follow-ups**")]
    [InlineData("What they will ask next:")]
    public void A_label_paragraph_never_ends_a_page(string label)
    {
        // Ever more paragraphs before the label walk it down past the foot of the first page.
        var firstPageEnds = new List<string>();
        for (var paragraphs = 25; paragraphs <= 45; paragraphs++)
        {
            var markdown =
                "---\ntitle: Labels\n---\n\n"
                + string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i => $"Paragraph {i}."))
                + $"\n\n{label}\n\n- The first follow-up and its answer.\n- The second.";
            var result = Render(markdown);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var lines = result.Layout!.Pages[0].PlainText.Split('\n');
            // The footer is stamped last; the line before it ends the page's content.
            firstPageEnds.Add(result.PageCount > 1 ? lines[^2] : "");
        }
        Assert.Contains(firstPageEnds, end => end.StartsWith("Paragraph"));
        Assert.DoesNotContain(label.Trim('*'), firstPageEnds);
    }
}
