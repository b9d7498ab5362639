using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PrepPack.Tests.Support;

/// <summary>The tables drawn on a page, read back from their ruled grid as a reader sees it.</summary>
internal static class PdfTables
{
    /// <summary>One table's rows on one page: the words of its first (header) row, how many rows follow it, its top
    /// edge, its tallest row after the header, each row's height and number of cells, top to bottom, and how many
    /// straight lines are ruled inside its frame across and down.</summary>
    public sealed record Part(
        string Header,
        int BodyRows,
        double Top,
        double TallestRow,
        IReadOnlyList<(double Height, int Cells)> Rows,
        int RulesAcross,
        int RulesDown
    );

    /// <summary>
    /// Each table ruled in <paramref name="grid"/>, top to bottom: a frame drawn in that colour, split into rows by
    /// the lines that cross it from side to side and into cells by the lines that run from a row's top to its
    /// bottom (or further).
    /// </summary>
    public static IReadOnlyList<Part> Parts(Page page, (byte R, byte G, byte B) grid)
    {
        var ruled = page
            .Paths.Where(p => p.IsStroked && p.StrokeColor is { } color && Same(color.ToRGBValues(), grid))
            .SelectMany(p => p)
            .ToList();
        var segments = ruled.SelectMany(Segments).ToList();
        var frames = ruled
            .Where(s => s.IsClosed())
            .Select(s => s.GetBoundingRectangle())
            .OfType<PdfRectangle>()
            .Where(r => r.Width > 1 && r.Height > 1)
            .OrderByDescending(r => r.Top)
            .ToList();
        var words = page.GetWords().ToList();
        return frames.Select(frame => Read(frame, segments, words)).ToList();
    }

    /// <summary>The straight lines ruled on the page in <paramref name="grid"/>, rectangles' sides included.</summary>
    public static IReadOnlyList<(PdfPoint A, PdfPoint B)> Rules(Page page, (byte R, byte G, byte B) grid) =>
        page
            .Paths.Where(p => p.IsStroked && p.StrokeColor is { } color && Same(color.ToRGBValues(), grid))
            .SelectMany(p => p)
            .SelectMany(Segments)
            .Where(s => Math.Abs(s.A.X - s.B.X) + Math.Abs(s.A.Y - s.B.Y) > 0.01)
            .ToList();

    private static Part Read(
        PdfRectangle frame,
        List<(PdfPoint A, PdfPoint B)> segments,
        List<UglyToad.PdfPig.Content.Word> words
    )
    {
        bool Near(double a, double b) => Math.Abs(a - b) < 0.5;
        var inside = segments
            .Where(s =>
                Math.Min(s.A.X, s.B.X) > frame.Left - 0.5
                && Math.Max(s.A.X, s.B.X) < frame.Right + 0.5
                && Math.Min(s.A.Y, s.B.Y) > frame.Bottom - 0.5
                && Math.Max(s.A.Y, s.B.Y) < frame.Top + 0.5
            )
            .ToList();
        var rulesAcross = inside.Count(s =>
            Near(s.A.Y, s.B.Y) && s.A.Y < frame.Top - 0.5 && s.A.Y > frame.Bottom + 0.5
        );
        var rulesDown = inside.Count(s => Near(s.A.X, s.B.X) && s.A.X > frame.Left + 0.5 && s.A.X < frame.Right - 0.5);
        var across = segments
            .Where(s => Near(s.A.Y, s.B.Y) && s.A.Y < frame.Top - 0.5 && s.A.Y > frame.Bottom + 0.5)
            .Where(s => Near(Math.Min(s.A.X, s.B.X), frame.Left) && Near(Math.Max(s.A.X, s.B.X), frame.Right))
            .Select(s => s.A.Y);
        var edges = across
            .Append(frame.Top)
            .Append(frame.Bottom)
            .Select(y => Math.Round(y, 1))
            .Distinct()
            .OrderByDescending(y => y)
            .ToList();
        var rows = new List<(double Top, double Bottom, int Cells)>();
        for (var i = 1; i < edges.Count; i++)
        {
            var (top, bottom) = (edges[i - 1], edges[i]);
            var inner = segments.Count(s =>
                Near(s.A.X, s.B.X)
                && s.A.X > frame.Left + 0.5
                && s.A.X < frame.Right - 0.5
                && Math.Min(s.A.Y, s.B.Y) <= bottom + 0.5
                && Math.Max(s.A.Y, s.B.Y) >= top - 0.5
            );
            rows.Add((top, bottom, inner + 1));
        }
        var head = rows[0];
        var header = string.Join(
            " ",
            words
                .Where(w =>
                    w.BoundingBox.Bottom > head.Bottom
                    && w.BoundingBox.Top < head.Top
                    && w.BoundingBox.Left >= frame.Left
                    && w.BoundingBox.Right <= frame.Right
                )
                .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom))
                .ThenBy(w => w.BoundingBox.Left)
                .Select(w => w.Text)
        );
        return new Part(
            header,
            rows.Count - 1,
            frame.Top,
            rows.Skip(1).Select(r => r.Top - r.Bottom).DefaultIfEmpty(0).Max(),
            rows.Select(r => (r.Top - r.Bottom, r.Cells)).ToList(),
            rulesAcross,
            rulesDown
        );
    }

    /// <summary>The straight segments of a subpath, its closing one included.</summary>
    private static IEnumerable<(PdfPoint A, PdfPoint B)> Segments(PdfSubpath subpath)
    {
        PdfPoint? start = null;
        PdfPoint? at = null;
        foreach (var command in subpath.Commands)
            switch (command)
            {
                case PdfSubpath.Move move:
                    (start, at) = (move.Location, move.Location);
                    break;
                case PdfSubpath.Line line:
                    yield return (line.From, line.To);
                    at = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && at is { } last:
                    yield return (last, first);
                    at = first;
                    break;
            }
    }

    /// <summary>Whether any word on the page stands above <paramref name="top"/>: the table does not start the
    /// page.</summary>
    public static bool StartsPage(Page page, double top) => !page.GetWords().Any(w => w.BoundingBox.Bottom > top + 1);

    private static bool Same((double R, double G, double B) rgb, (byte R, byte G, byte B) expected) =>
        Math.Abs(rgb.R * 255 - expected.R) < 2
        && Math.Abs(rgb.G * 255 - expected.G) < 2
        && Math.Abs(rgb.B * 255 - expected.B) < 2;
}
