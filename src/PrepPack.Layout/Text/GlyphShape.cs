namespace PrepPack.Layout.Text;

/// <summary>
/// A piece of text shaped by HarfBuzz in font units, independent of type size, so one shaping
/// serves every size a fit-to-page search tries.
/// </summary>
public sealed class GlyphShape
{
    public GlyphShape(string text, ushort[] glyphs, int[] advances, int[] offsetsX, int[] offsetsY, int[] clusters)
    {
        Text = text;
        Glyphs = glyphs;
        Advances = advances;
        OffsetsX = offsetsX;
        OffsetsY = offsetsY;
        Clusters = clusters;
        // Summed wide and held at int's limit: megabytes of text overflow an int of font units, and
        // anything that wide is far past every page, so the cap never changes a line break.
        Width = (int)Math.Min(int.MaxValue, advances.Sum(a => (long)a));
    }

    public string Text { get; }
    public ushort[] Glyphs { get; }
    public int[] Advances { get; }
    public int[] OffsetsX { get; }
    public int[] OffsetsY { get; }

    /// <summary>For each glyph, the index of the first UTF-16 char of the text it draws.</summary>
    public int[] Clusters { get; }

    public int Width { get; }

    /// <summary>Shapes drawn one after another as one, each widened by extra font units after its last glyph.</summary>
    public static GlyphShape Join(ReadOnlySpan<(GlyphShape Shape, int Extra)> parts)
    {
        var (count, length) = (0, 0);
        foreach (var (shape, _) in parts) (count, length) = (count + shape.Glyphs.Length, length + shape.Text.Length);
        var glyphs = new ushort[count];
        var advances = new int[count];
        var offsetsX = new int[count];
        var offsetsY = new int[count];
        var clusters = new int[count];
        var text = new char[length];
        var (at, textAt) = (0, 0);
        foreach (var (shape, extra) in parts)
        {
            var n = shape.Glyphs.Length;
            shape.Glyphs.CopyTo(glyphs, at);
            shape.Advances.CopyTo(advances, at);
            shape.OffsetsX.CopyTo(offsetsX, at);
            shape.OffsetsY.CopyTo(offsetsY, at);
            for (var i = 0; i < n; i++) clusters[at + i] = shape.Clusters[i] + textAt;
            if (n > 0) advances[at + n - 1] += extra;
            shape.Text.CopyTo(text.AsSpan(textAt));
            textAt += shape.Text.Length;
            at += n;
        }
        return new GlyphShape(new string(text), glyphs, advances, offsetsX, offsetsY, clusters);
    }
}
