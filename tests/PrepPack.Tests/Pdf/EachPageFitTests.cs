using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// Each page of a document fitted page by page (the story cards) is shrunk on its own: the type of a page is the
/// same whatever pages come before it.
/// </summary>
public class EachPageFitTests
{
    private static string Page(int paragraphs) =>
        string.Join(
            "\n\n",
            Enumerable
                .Range(1, paragraphs)
                .Select(i => $"Point {i} of {paragraphs} says what to remember on the day, long enough to wrap a line.")
        );

    private static string Document(IEnumerable<int> pages) =>
        "---\ntitle: Deck\nfit: each-page\n---\n\n" + string.Join("\n\n\\newpage\n\n", pages.Select(Page)) + "\n";

    /// <summary>The type sizes on a page, the body's (the most letters) first.</summary>
    private static List<double> TypeSizes(byte[] pdf, int page)
    {
        using var document = PdfInspection.Open(pdf);
        return document
            .GetPage(page)
            .Letters.GroupBy(l => Math.Round(l.PointSize, 3))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToList();
    }

    [Fact]
    public void A_page_is_shrunk_to_the_same_type_after_longer_and_shorter_pages_as_on_its_own()
    {
        // Pages that fit whole, that shrink a little and a lot, in an order that jumps up and down.
        int[] lengths = [4, 30, 28, 45, 12, 38, 50, 33, 24, 48];
        var deck = Render(Document(lengths));
        Assert.True(deck.Succeeded, string.Join("\n", deck.Diagnostics));
        Assert.Equal(lengths.Length, deck.PageCount);
        var bodies = new HashSet<double>();
        for (var i = 0; i < lengths.Length; i++)
        {
            var alone = Render(Document([lengths[i]]));
            Assert.True(alone.Succeeded, string.Join("\n", alone.Diagnostics));
            var expected = TypeSizes(alone.Bytes!, 1);
            Assert.Equal(expected, TypeSizes(deck.Bytes!, i + 1));
            bodies.Add(expected[0]);
        }
        // The pages are set in several sizes: otherwise the deck would test nothing.
        Assert.True(bodies.Count >= 5, string.Join(", ", bodies));
    }
}
