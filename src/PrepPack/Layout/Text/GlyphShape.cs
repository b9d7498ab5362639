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
        Width = advances.Sum();
    }

    public string Text { get; }
    public ushort[] Glyphs { get; }
    public int[] Advances { get; }
    public int[] OffsetsX { get; }
    public int[] OffsetsY { get; }

    /// <summary>For each glyph, the index of the first UTF-16 char of the text it draws.</summary>
    public int[] Clusters { get; }

    public int Width { get; }
}
