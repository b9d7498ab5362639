using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Update;
using PrepPack.Layout.Text;
using SkiaSharp;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Writes laid-out pages as a PDF through Skia, with every font cut to the glyphs used, then
/// adds the document language and the outline, which Skia has no API for.
/// </summary>
public static class PdfWriter
{
    /// <param name="outline">The bookmarks, in document order; none for no outline.</param>
    public static void Write(LaidOutDocument document, PdfMetadata metadata, Stream output, IReadOnlyList<OutlineEntry>? outline = null)
    {
        using var written = new MemoryStream();
        WriteWithSkia(document, metadata, written);
        CatalogUpdate.Append(written.ToArray(), document, outline ?? [], metadata.Language, output);
    }

    private static void WriteWithSkia(LaidOutDocument document, PdfMetadata metadata, Stream output)
    {
        var typefaces = SubsetFaces(document.Pages);
        try
        {
            var info = new SKDocumentPdfMetadata
            {
                Title = metadata.Title,
                Author = metadata.Author,
                Subject = metadata.Subject,
                Keywords = metadata.Keywords,
                Creator = PdfMetadata.Creator,
                Producer = PdfMetadata.Creator,
                Creation = metadata.Date,
                Modified = metadata.Date,
            };
            using var pdf = SKDocument.CreatePdf(output, info);
            foreach (var page in document.Pages)
            {
                var canvas = pdf.BeginPage(page.Width, page.Height);
                foreach (var command in page.Commands)
                    Replay(canvas, command, typefaces);
                pdf.EndPage();
            }
            pdf.Close();
        }
        finally
        {
            foreach (var typeface in typefaces.Values) typeface.Typeface.Dispose();
        }
    }

    private static Dictionary<FontFace, EmbeddedFace> SubsetFaces(IReadOnlyList<RecordedPage> pages)
    {
        var typefaces = new Dictionary<FontFace, EmbeddedFace>();
        var used = new Dictionary<FontFace, (HashSet<ushort> Glyphs, HashSet<int> CodePoints)>();
        foreach (var page in pages)
        foreach (var command in page.Commands)
        {
            if (command is not TextCommand text) continue;
            if (!used.TryGetValue(text.Text.Face, out var sets))
                used[text.Text.Face] = sets = ([], []);
            foreach (var glyph in text.Text.Shape.Glyphs) sets.Glyphs.Add(glyph);
            foreach (var rune in text.Text.Text.EnumerateRunes()) sets.CodePoints.Add(rune.Value);
        }
        foreach (var (face, sets) in used)
        {
            var subset = FontSubsetter.Subset(face, sets.Glyphs, sets.CodePoints);
            using var data = SKData.CreateCopy(subset?.Data ?? face.Data);
            typefaces[face] = new EmbeddedFace(SKTypeface.FromData(data, subset is null ? face.Index : 0), subset?.Glyphs);
        }
        return typefaces;
    }

    private static void Replay(SKCanvas canvas, PageCommand command, Dictionary<FontFace, EmbeddedFace> typefaces)
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
                    canvas.DrawLine(line.X1, line.Y1, line.X2, line.Y2, paint);
                break;
            case LinkCommand link:
                canvas.DrawLinkDestinationAnnotation(ToSk(link.Rect), link.Destination)?.Dispose();
                break;
            case UrlCommand url:
                canvas.DrawUrlAnnotation(ToSk(url.Rect), url.Url)?.Dispose();
                break;
            case DestinationCommand destination:
                canvas.DrawNamedDestinationAnnotation(new SKPoint(destination.X, destination.Y), destination.Name)?.Dispose();
                break;
        }
    }

    /// <summary>
    /// Draws glyphs at the positions HarfBuzz gave, with the text and clusters attached so PDF
    /// readers extract "office" from an "ffi" ligature.
    /// </summary>
    private static void DrawText(SKCanvas canvas, TextCommand command, EmbeddedFace face)
    {
        var shaped = command.Text;
        var shape = shaped.Shape;
        if (shape.Glyphs.Length == 0) return;
        var scale = shaped.Scale;
        var utf8 = Encoding.UTF8.GetBytes(shape.Text);
        using var font = new SKFont(face.Typeface, shaped.Size) { Subpixel = true, LinearMetrics = true };
        using var builder = new SKTextBlobBuilder();
        var run = builder.AllocatePositionedTextRun(font, shape.Glyphs.Length, utf8.Length, null);
        var glyphs = run.Glyphs;
        var positions = run.Positions;
        var clusters = run.Clusters;
        var x = 0f;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            glyphs[i] = face.Number(shape.Glyphs[i]);
            positions[i] = new SKPoint(x + shape.OffsetsX[i] * scale, -shape.OffsetsY[i] * scale);
            clusters[i] = (uint)Encoding.UTF8.GetByteCount(shape.Text.AsSpan(0, shape.Clusters[i]));
            x += shape.Advances[i] * scale;
        }
        utf8.CopyTo(run.Text);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = Paint(command.Color, SKPaintStyle.Fill, 0);
        canvas.DrawText(blob, command.X, command.Baseline, paint);
    }

    /// <summary>A face as embedded: the typeface Skia draws with and, for a subset, the new number of each glyph.</summary>
    private sealed record EmbeddedFace(SKTypeface Typeface, IReadOnlyDictionary<ushort, ushort>? Glyphs)
    {
        public ushort Number(ushort glyph) => Glyphs is null ? glyph : Glyphs[glyph];
    }

    private static SKPaint Paint(Color color, SKPaintStyle style, float width) =>
        new() { Color = new SKColor(color.R, color.G, color.B), Style = style, StrokeWidth = width, IsAntialias = true };

    private static SKRect ToSk(Rect rect) => new(rect.X, rect.Y, rect.Right, rect.Bottom);
}
