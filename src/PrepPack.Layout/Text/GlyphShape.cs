namespace PrepPack.Layout.Text;

/// <summary>
/// A piece of text shaped by HarfBuzz in font units, independent of type size, so one shaping
/// serves every size a fit-to-page search tries.
/// </summary>
public sealed class GlyphShape
{
    private ushort[]? _glyphs;
    private int[]? _advances;
    private int[]? _offsetsX;
    private int[]? _offsetsY;
    private int[]? _clusters;
    private string? _text;

    public GlyphShape(string text, ushort[] glyphs, int[] advances, int[] offsetsX, int[] offsetsY, int[] clusters)
    {
        _text = text;
        _glyphs = glyphs;
        _advances = advances;
        _offsetsX = offsetsX;
        _offsetsY = offsetsY;
        _clusters = clusters;
        GlyphCount = glyphs.Length;
        // Summed wide and held at int's limit: megabytes of text overflow an int of font units, and
        // anything that wide is far past every page, so the cap never changes a line break.
        Width = (int)Math.Min(int.MaxValue, advances.Sum(a => (long)a));
    }

    private GlyphShape((GlyphShape Shape, int Extra)[] parts)
    {
        Parts = parts;
        long width = 0;
        foreach (var (shape, extra) in parts)
        {
            width += shape.Width + (shape.GlyphCount > 0 ? extra : 0);
            GlyphCount += shape.GlyphCount;
        }
        Width = (int)Math.Min(int.MaxValue, width);
    }

    /// <summary>For a line's run of words, the words' own shapes and the room added after each; null for shaped
    /// text.</summary>
    public (GlyphShape Shape, int Extra)[]? Parts { get; }

    public string Text => _text ??= string.Concat(Parts!.Select(p => p.Shape.Text));
    public ushort[] Glyphs => _glyphs ?? Joined()._glyphs!;
    public int[] Advances => _advances ?? Joined()._advances!;
    public int[] OffsetsX => _offsetsX ?? Joined()._offsetsX!;
    public int[] OffsetsY => _offsetsY ?? Joined()._offsetsY!;

    /// <summary>For each glyph, the index of the first UTF-16 char of the text it draws.</summary>
    public int[] Clusters => _clusters ?? Joined()._clusters!;

    public int Width { get; }

    /// <summary>How many glyphs it draws, without putting joined words' glyphs together.</summary>
    public int GlyphCount { get; }

    /// <summary>
    /// Shapes drawn one after another as one, each widened by extra font units after its last glyph.
    /// A page holds a line's run of words by reference to the words' shapes, which every line shares;
    /// the glyphs are put together when the page is written (<see cref="Flat"/>).
    /// </summary>
    public static GlyphShape Join(ReadOnlySpan<(GlyphShape Shape, int Extra)> parts) => new(parts.ToArray());

    /// <summary>The shape with its glyphs in arrays of its own: itself, or for joined words a new shape, kept by the
    /// caller alone.</summary>
    public GlyphShape Flat()
    {
        if (Parts is not { } parts)
            return this;
        var count = GlyphCount;
        var (glyphs, advances, offsetsX, offsetsY, clusters) = (
            new ushort[count],
            new int[count],
            new int[count],
            new int[count],
            new int[count]
        );
        CopyTo(glyphs, advances, offsetsX, offsetsY);
        var (at, textAt) = (0, 0);
        foreach (var (shape, _) in parts)
        {
            for (var i = 0; i < shape.Glyphs.Length; i++)
                clusters[at + i] = shape.Clusters[i] + textAt;
            at += shape.Glyphs.Length;
            textAt += shape.Text.Length;
        }
        return new GlyphShape(Text, glyphs, advances, offsetsX, offsetsY, clusters);
    }

    /// <summary>Writes the glyphs, their advances (with any room added) and offsets into spans at least <see
    /// cref="GlyphCount"/> long.</summary>
    public void CopyTo(Span<ushort> glyphs, Span<int> advances, Span<int> offsetsX, Span<int> offsetsY)
    {
        if (Parts is not { } parts)
        {
            _glyphs!.CopyTo(glyphs);
            _advances!.CopyTo(advances);
            _offsetsX!.CopyTo(offsetsX);
            _offsetsY!.CopyTo(offsetsY);
            return;
        }
        var at = 0;
        foreach (var (shape, extra) in parts)
        {
            var n = shape.Glyphs.Length;
            shape.Glyphs.CopyTo(glyphs[at..]);
            shape.Advances.CopyTo(advances[at..]);
            shape.OffsetsX.CopyTo(offsetsX[at..]);
            shape.OffsetsY.CopyTo(offsetsY[at..]);
            if (n > 0)
                advances[at + n - 1] += extra;
            at += n;
        }
    }

    /// <summary>The joined arrays, kept: for the few readers that look at a line's glyphs one by one outside
    /// writing.</summary>
    private GlyphShape Joined()
    {
        var flat = Flat();
        (_glyphs, _advances, _offsetsX, _offsetsY, _clusters, _text) = (
            flat._glyphs,
            flat._advances,
            flat._offsetsX,
            flat._offsetsY,
            flat._clusters,
            flat._text
        );
        return flat;
    }
}
