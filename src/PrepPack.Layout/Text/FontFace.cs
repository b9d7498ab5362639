using System.Collections.Concurrent;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace PrepPack.Layout.Text;

/// <summary>
/// One font face (say DejaVu Sans Bold) loaded for shaping with HarfBuzz. It keeps the font
/// file's bytes, because the PDF writer embeds a subset of them.
/// </summary>
public sealed class FontFace : IDisposable
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _font;
    private readonly ConcurrentDictionary<string, GlyphShape> _shapes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GlyphShape> _rightToLeftShapes = new(StringComparer.Ordinal);

    // A paragraph holds a shaped text per word: the same word at the same size is one object, not one per use.
    private readonly ConcurrentDictionary<(string Text, float Size), ShapedText> _sized = new();
    private readonly ConcurrentDictionary<(string Text, float Size), ShapedText> _rightToLeftSized = new();
    private readonly ConcurrentDictionary<int, bool> _coverage = new();

    // Asked for every character of every word: the first blocks (Latin, Greek, Cyrillic, punctuation, currency), where
    // nearly all text is, are answered from a table rather than a dictionary.
    private const int Tabled = 0x2100;
    private const byte Unknown = 0,
        Has = 1,
        Lacks = 2;
    private readonly byte[] _tabled = new byte[Tabled];
    private readonly System.Runtime.InteropServices.GCHandle _pin;

    // Made once: a lambda or method group passed to GetOrAdd would allocate a delegate per call.
    private readonly Func<int, bool> _lookUpGlyph;
    private readonly Func<string, GlyphShape> _shapeUnits;
    private readonly Func<string, GlyphShape> _shapeRightToLeft;

    /// <summary>The longest text whose shaping is kept for reuse: longer than any word, shorter than a line's worth of
    /// a cut-up one.</summary>
    private const int LongestKept = 64;

    public FontFace(string family, bool bold, bool italic, byte[] data, int index, string origin)
    {
        Family = family;
        Bold = bold;
        Italic = italic;
        Data = data;
        Index = index;
        Origin = origin;
        _pin = System.Runtime.InteropServices.GCHandle.Alloc(data, System.Runtime.InteropServices.GCHandleType.Pinned);
        _blob = new Blob(_pin.AddrOfPinnedObject(), data.Length, MemoryMode.ReadOnly);
        _face = new Face(_blob, index);
        _font = new HarfBuzzSharp.Font(_face);
        UnitsPerEm = _face.UnitsPerEm;
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _font.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender;
        Descender = -extents.Descender;
        _lookUpGlyph = cp => _font.TryGetNominalGlyph((uint)cp, out var glyph) && glyph != 0;
        _shapeUnits = text => ShapeUnits(text, Direction.LeftToRight);
        _shapeRightToLeft = text => ShapeUnits(text, Direction.RightToLeft);
    }

    public string Family { get; }
    public bool Bold { get; }
    public bool Italic { get; }
    public byte[] Data { get; }
    public int Index { get; }

    /// <summary>The file the face came from, for messages.</summary>
    public string Origin { get; }

    public int UnitsPerEm { get; }

    /// <summary>Above the baseline, in font units.</summary>
    public int Ascender { get; }

    /// <summary>Below the baseline, in font units, as a positive number.</summary>
    public int Descender { get; }

    public string Key =>
        $"{Family}-{(Bold || Italic ? $"{(Bold ? "Bold" : "")}{(Italic ? "Italic" : "")}" : "Regular")}";

    public bool HasGlyph(int codePoint)
    {
        if ((uint)codePoint >= Tabled)
            return _coverage.GetOrAdd(codePoint, _lookUpGlyph);
        // A byte is written whole, so threads that race on one write the same answer.
        var known = _tabled[codePoint];
        if (known == Unknown)
            _tabled[codePoint] = known = _lookUpGlyph(codePoint) ? Has : Lacks;
        return known == Has;
    }

    /// <summary>A glyph's own advance in font units, before any kerning: the width a PDF reader is told it
    /// has.</summary>
    public int Advance(ushort glyph)
    {
        lock (_font)
            return _font.GetHorizontalGlyphAdvance(glyph);
    }

    /// <summary>Shapes a run of one direction. A right-to-left run comes back in visual order (its
    /// first glyph is its last letter), with Arabic letters joined and brackets mirrored.</summary>
    public ShapedText Shape(string text, float size, bool rightToLeft = false) =>
        // Words recur and are kept; a long run (a cut-up word of thousands of letters) is shaped once and not kept.
        text.Length > LongestKept
            ? new(this, size, ShapeUnits(text, rightToLeft ? Direction.RightToLeft : Direction.LeftToRight))
        : rightToLeft
            ? _rightToLeftSized.GetOrAdd(
                (text, size),
                static (key, face) =>
                    new(face, key.Size, face._rightToLeftShapes.GetOrAdd(key.Text, face._shapeRightToLeft)),
                this
            )
        : _sized.GetOrAdd(
            (text, size),
            static (key, face) => new(face, key.Size, face._shapes.GetOrAdd(key.Text, face._shapeUnits)),
            this
        );

    private GlyphShape ShapeUnits(string text, Direction direction)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = direction;
        buffer.GuessSegmentProperties();
        // HarfBuzz fonts are not safe to shape with from two threads at once.
        lock (_font)
            _font.Shape(buffer);
        var infos = buffer.GlyphInfos;
        var positions = buffer.GlyphPositions;
        var n = infos.Length;
        var glyphs = new ushort[n];
        var advances = new int[n];
        var offsetsX = new int[n];
        var offsetsY = new int[n];
        var clusters = new int[n];
        for (var i = 0; i < n; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            clusters[i] = (int)infos[i].Cluster;
            advances[i] = positions[i].XAdvance;
            offsetsX[i] = positions[i].XOffset;
            offsetsY[i] = positions[i].YOffset;
        }
        return new GlyphShape(text, glyphs, advances, offsetsX, offsetsY, clusters);
    }

    public override string ToString() => Key;

    public void Dispose()
    {
        _font.Dispose();
        _face.Dispose();
        _blob.Dispose();
        if (_pin.IsAllocated)
            _pin.Free();
    }
}
