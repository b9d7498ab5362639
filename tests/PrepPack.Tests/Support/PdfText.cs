using UglyToad.PdfPig.Content;

namespace PrepPack.Tests.Support;

/// <summary>A page's text as a reader sees it: words joined, lines top to bottom.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Lines(Page page)
    {
        // Words whose feet are within a point of each other share a line: a bullet set a hair above its
        // text's baseline is on the text's line, wherever a rounding boundary falls.
        var lines = new List<List<UglyToad.PdfPig.Content.Word>>();
        foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom))
            if (lines.Count > 0 && lines[^1][0].BoundingBox.Bottom - word.BoundingBox.Bottom < 1)
                lines[^1].Add(word);
            else
                lines.Add([word]);
        return lines
            .Select(line => string.Join(" ", line.OrderBy(w => w.BoundingBox.Left).Select(w => Normal(w.Text))))
            .ToList();
    }

    public static string Of(Page page) => string.Join("\n", Lines(page));

    /// <summary>
    /// The text of one table column on a page, cell after cell, as one line of words: the words
    /// below the header <paramref name="header"/> that start left of the next header. Cells wrap
    /// side by side, so a page's lines mix columns; a column read alone keeps each cell's words together.
    /// </summary>
    public static string Column(Page page, string header, string nextHeader)
    {
        var words = page.GetWords().ToList();
        var head = words.FirstOrDefault(w => w.Text == header);
        var next = words.FirstOrDefault(w =>
            w.Text == nextHeader && head is not null && Math.Abs(w.BoundingBox.Bottom - head.BoundingBox.Bottom) < 1
        );
        if (head is null || next is null)
            return "";
        return string.Join(
            " ",
            words
                .Where(w =>
                    w.BoundingBox.Top < head.BoundingBox.Bottom
                    && w.BoundingBox.Left >= head.BoundingBox.Left - 1
                    && w.BoundingBox.Left < next.BoundingBox.Left - 1
                )
                .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
                .ThenBy(w => w.BoundingBox.Left)
                .Select(w => Normal(w.Text))
        );
    }

    // PdfPig reads ligature glyphs as ligature characters (ﬁ); NFKC spells them out.
    private static string Normal(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);
}
