using PrepPack.Layout.Paging;
using PrepPack.Layout.Text;
using SkiaSharp;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Draws laid-out pages onto bitmaps and encodes them as PNG, replaying each page's recorded
/// commands, the same the PDF writer writes, so a preview shows what the PDF prints. Links and
/// destinations draw nothing on a bitmap.
/// </summary>
public static class PageRaster
{
    public const int LeastDpi = 10;

    /// <summary>A letter page at this resolution is 5100 x 6600 pixels, 130 MB while drawn: enough to read the smallest
    /// type.</summary>
    public const int MostDpi = 600;

    /// <summary>Pixels across a length in points (1/72 in) at <paramref name="dpi"/>.</summary>
    public static int Pixels(float points, int dpi) => Math.Max(1, (int)MathF.Round(points / 72f * dpi));

    /// <summary>Each of <paramref name="pages"/> (numbered from 1) as PNG bytes, white behind the drawing.</summary>
    public static IEnumerable<(int Page, byte[] Png)> Render(LaidOutDocument document, IEnumerable<int> pages, int dpi)
    {
        if (dpi is < LeastDpi or > MostDpi)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, $"from {LeastDpi} to {MostDpi}");
        // The whole faces, not the PDF's subsets: a bitmap embeds no font, and the glyph ids are the shaper's.
        var typefaces = new Dictionary<FontFace, SKTypeface>();
        try
        {
            foreach (var number in pages)
            {
                var page = document.Pages[number - 1];
                foreach (var text in page.Texts.Where(t => !typefaces.ContainsKey(t.Text.Face)))
                    typefaces[text.Text.Face] = Typeface(text.Text.Face);
                yield return (number, Png(page, dpi, typefaces));
            }
        }
        finally
        {
            foreach (var typeface in typefaces.Values)
                typeface.Dispose();
        }
    }

    private static byte[] Png(RecordedPage page, int dpi, Dictionary<FontFace, SKTypeface> typefaces)
    {
        var (width, height) = (Pixels(page.Width, dpi), Pixels(page.Height, dpi));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(width / page.Width, height / page.Height);
            foreach (var command in page.Commands)
                CanvasReplay.Replay(canvas, command, typefaces);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKTypeface Typeface(FontFace face)
    {
        using var data = SKData.CreateCopy(face.Data);
        return SKTypeface.FromData(data, face.Index);
    }
}
