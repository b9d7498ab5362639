using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>Draws a chart's lines as straight strokes: dashed polylines and marker outlines, all vectors.</summary>
internal static class ChartPen
{
    private const int CircleSides = 8;

    /// <summary>
    /// A line through the points there are, solid or in the dash pattern: a day without a value is
    /// passed over, not a gap.
    /// </summary>
    public static void Polyline(
        DrawContext context,
        IReadOnlyList<(float X, float Y)?> points,
        IReadOnlyList<float> dash,
        Color color,
        float width
    )
    {
        var present = points.OfType<(float X, float Y)>().ToList();
        var walked = 0f;
        for (var i = 1; i < present.Count; i++)
            walked = Segment(context, present[i - 1], present[i], dash, walked, color, width);
    }

    /// <summary>
    /// A straight dashed or solid line; returns how far along the dash pattern it ends, so a polyline's dashes run on.
    /// </summary>
    public static float Segment(
        DrawContext context,
        (float X, float Y) a,
        (float X, float Y) b,
        IReadOnlyList<float> dash,
        float walked,
        Color color,
        float width
    )
    {
        var length = MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
        // The dashes are the PDF's own: the pattern, and how far into it the line starts.
        var period = dash.Sum();
        var phase = period > 0 ? walked % period : 0;
        context.DrawLine(a.X, a.Y, b.X, b.Y, color, width, dash.Count > 0 && period > 0 ? dash : null, phase);
        return walked + length;
    }

    /// <summary>The marker's outline, centred on the point, <paramref name="size"/> across.</summary>
    public static void Marker(
        DrawContext context,
        ChartMarker marker,
        float x,
        float y,
        float size,
        Color color,
        float width
    )
    {
        var r = size / 2;
        switch (marker)
        {
            case ChartMarker.Square:
                context.StrokeRect(new Rect(x - r * 0.85f, y - r * 0.85f, r * 1.7f, r * 1.7f), color, width);
                break;
            case ChartMarker.Triangle:
                Polygon(context, [(x, y - r), (x + r, y + r * 0.8f), (x - r, y + r * 0.8f)], color, width);
                break;
            case ChartMarker.Diamond:
                Polygon(context, [(x, y - r), (x + r, y), (x, y + r), (x - r, y)], color, width);
                break;
            default:
                var circle = new (float, float)[CircleSides];
                for (var i = 0; i < CircleSides; i++)
                {
                    var angle = i * 2 * MathF.PI / CircleSides;
                    circle[i] = (x + r * MathF.Cos(angle), y + r * MathF.Sin(angle));
                }
                Polygon(context, circle, color, width);
                break;
        }
    }

    private static void Polygon(DrawContext context, (float X, float Y)[] corners, Color color, float width)
    {
        for (var i = 0; i < corners.Length; i++)
        {
            var (a, b) = (corners[i], corners[(i + 1) % corners.Length]);
            context.DrawLine(a.X, a.Y, b.X, b.Y, color, width);
        }
    }
}
