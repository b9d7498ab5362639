using UglyToad.PdfPig.Content;

namespace PrepPack.Tests.Support;

/// <summary>A page's text as a reader sees it: words joined, lines top to bottom.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Lines(Page page) => page.GetWords()
        .GroupBy(w => Math.Round(w.BoundingBox.Bottom))
        .OrderByDescending(g => g.Key)
        .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => Normal(w.Text))))
        .ToList();

    public static string Of(Page page) => string.Join("\n", Lines(page));

    // PdfPig reads ligature glyphs as ligature characters (ﬁ); NFKC spells them out.
    private static string Normal(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);
}
