using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using SkiaSharp;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Replays a recorded page's commands onto a Skia canvas, for the preview's bitmaps. The glyphs are
/// the shaper's, placed where the PDF places them, so a preview shows the page the PDF prints.
/// Links and destinations draw nothing.
/// </summary>
internal static class CanvasReplay
{
    public static void Replay(SKCanvas canvas, PageCommand command, Dictionary<FontFace, SKTypeface> typefaces)
    {
        switch (command)
        {
            case TextCommand text:
                DrawText(canvas, text, typefaces[text.Text.Face]);
                break;
            case FillCommand fill:
                using (var paint = Paint(fill.Color, SKPaintStyle.Fill, 0))
                    canvas.DrawRect(ToSk(fill.Rect), paint);
                break;
            case StrokeCommand stroke:
                using (var paint = Paint(stroke.Color, SKPaintStyle.Stroke, stroke.Width))
                    canvas.DrawRect(ToSk(stroke.Rect), paint);
                break;
            case LineCommand line:
                using (var paint = Paint(line.Color, SKPaintStyle.Stroke, line.Width))
                // Skia's dashes want their lengths in pairs: an odd pattern is repeated, as PDF reads it.
                using (
                    var dashes = line.Dash is { } dash
                        ? SKPathEffect.CreateDash(
                            (dash.Count % 2 == 0 ? dash : dash.Concat(dash)).ToArray(),
                            line.Phase
                        )
                        : null
                )
                {
                    paint.PathEffect = dashes;
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, paint);
                }
                break;
            case DotsCommand dots:
                using (var paint = Paint(dots.Color, SKPaintStyle.Fill, 0))
                    for (var x = dots.X1; x <= dots.X2 + 0.01f; x += dots.Pitch)
                        canvas.DrawCircle(x, dots.Y, dots.Size / 2, paint);
                break;
        }
    }

    /// <summary>Draws glyphs at the positions HarfBuzz gave.</summary>
    private static void DrawText(SKCanvas canvas, TextCommand command, SKTypeface typeface)
    {
        var shaped = command.Text;
        var shape = shaped.Shape.Flat();
        if (shape.Glyphs.Length == 0)
            return;
        var scale = shaped.Scale;
        using var font = new SKFont(typeface, shaped.Size) { Subpixel = true, LinearMetrics = true };
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedRun(font, shape.Glyphs.Length);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var x = 0f;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            glyphs[i] = shape.Glyphs[i];
            positions[i] = new SKPoint(x + shape.OffsetsX[i] * scale, -shape.OffsetsY[i] * scale);
            x += shape.Advances[i] * scale;
        }
        using var blob = builder.Build();
        if (blob is null)
            return;
        using var paint = Paint(command.Color, SKPaintStyle.Fill, 0);
        canvas.DrawText(blob, command.X, command.Baseline, paint);
    }

    private static SKPaint Paint(Color color, SKPaintStyle style, float width) =>
        new()
        {
            Color = new SKColor(color.R, color.G, color.B),
            Style = style,
            StrokeWidth = width,
            IsAntialias = true,
        };

    private static SKRect ToSk(Rect rect) => new(rect.X, rect.Y, rect.Right, rect.Bottom);
}
