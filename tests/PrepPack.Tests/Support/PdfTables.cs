using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PrepPack.Tests.Support;

/// <summary>The tables drawn on a page, read back from their cell borders as a reader sees them.</summary>
internal static class PdfTables
{
    /// <summary>One table's rows on one page: the words of its first (header) row, how many rows follow it, its top
    /// edge and its tallest row after the header.</summary>
    public sealed record Part(string Header, int BodyRows, double Top, double TallestRow);

    /// <summary>Each run of rows whose cell borders are drawn in <paramref name="grid"/>, top to bottom.</summary>
    public static IReadOnlyList<Part> Parts(Page page, (byte R, byte G, byte B) grid)
    {
        var cells = page
            .Paths.Where(p => p.IsStroked && p.StrokeColor is { } color && Same(color.ToRGBValues(), grid))
            .Select(p => p.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(r => r.Width > 1 && r.Height > 1);
        var rows = cells
            .GroupBy(r => Math.Round(r.Top, 1))
            .Select(g =>
                (Top: g.Key, Bottom: g.Min(r => r.Bottom), Left: g.Min(r => r.Left), Right: g.Max(r => r.Right))
            )
            .OrderByDescending(r => r.Top)
            .ToList();
        var parts = new List<List<(double Top, double Bottom, double Left, double Right)>>();
        foreach (var row in rows)
        {
            // A row that starts where the one above ends, at the same left edge, belongs to the same table.
            if (
                parts.Count > 0
                && Math.Abs(parts[^1][^1].Bottom - row.Top) < 1
                && Math.Abs(parts[^1][^1].Left - row.Left) < 1
            )
                parts[^1].Add(row);
            else
                parts.Add([row]);
        }
        var words = page.GetWords().ToList();
        return parts
            .Select(p =>
            {
                var head = p[0];
                var header = string.Join(
                    " ",
                    words
                        .Where(w =>
                            w.BoundingBox.Bottom > head.Bottom
                            && w.BoundingBox.Top < head.Top
                            && w.BoundingBox.Left >= head.Left
                            && w.BoundingBox.Right <= head.Right
                        )
                        .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
                        .ThenBy(w => w.BoundingBox.Left)
                        .Select(w => w.Text)
                );
                return new Part(
                    header,
                    p.Count - 1,
                    head.Top,
                    p.Skip(1).Select(r => r.Top - r.Bottom).DefaultIfEmpty(0).Max()
                );
            })
            .ToList();
    }

    /// <summary>Whether any word on the page stands above <paramref name="top"/>: the table does not start the
    /// page.</summary>
    public static bool StartsPage(Page page, double top) => !page.GetWords().Any(w => w.BoundingBox.Bottom > top + 1);

    private static bool Same((double R, double G, double B) rgb, (byte R, byte G, byte B) expected) =>
        Math.Abs(rgb.R * 255 - expected.R) < 2
        && Math.Abs(rgb.G * 255 - expected.G) < 2
        && Math.Abs(rgb.B * 255 - expected.B) < 2;
}
