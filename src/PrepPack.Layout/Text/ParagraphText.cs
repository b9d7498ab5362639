using System.Text;
using PrepPack.Layout.Text.Bidi;
using PrepPack.Layout.Text.Hyphenation;

namespace PrepPack.Layout.Text;

/// <summary>
/// The text of one paragraph, shaped once and broken into lines for any width asked (see
/// <see cref="LineFiller"/>). Right-to-left text is shaped in runs of one bidi level and each
/// line is put in visual order after it is broken (UAX #9).
/// </summary>
public sealed class ParagraphText
{
    private readonly List<BreakUnit> _words;
    private readonly TextStyle _baseStyle;
    private readonly TextAlign _align;
    private readonly FaceChooser _faces;
    private readonly object? _origin;
    private readonly Hyphenator? _hyphenator;
    private readonly Dictionary<float, IReadOnlyList<TextLine>> _lines = [];
    private byte[]? _levels;
    private float? _widestCharacter;

    /// <param name="hyphenator">Hyphenates justified lines and words wider than the line; null never hyphenates.</param>
    public ParagraphText(IReadOnlyList<TextSpan> spans, TextStyle baseStyle, TextAlign align, FaceChooser faces, object? origin,
        Hyphenator? hyphenator = null)
    {
        _baseStyle = baseStyle;
        _align = align;
        _faces = faces;
        _origin = origin;
        _hyphenator = hyphenator;
        _words = BuildWords(spans);
        MinContentWidth = _words.Count == 0 ? 0 : _words.Max(w => w.Width);
        MaxContentWidth = WidestUnbrokenLine();
    }

    /// <summary>The widest word: narrower than this, words must be split.</summary>
    public float MinContentWidth { get; }

    /// <summary>The width of the paragraph set without wrapping.</summary>
    public float MaxContentWidth { get; }

    /// <summary>The widest single character: narrower than this, nothing can be set at all.</summary>
    public float WidestCharacter => _widestCharacter ??= _words.SelectMany(w => w.Pieces).Select(WidestCluster).DefaultIfEmpty(0).Max();

    /// <summary>The paragraph reads right to left: its first strong character is Hebrew, Arabic or another right-to-left script.</summary>
    public bool RightToLeft { get; private set; }

    internal IReadOnlyList<BreakUnit> Words => _words;
    internal TextAlign Align => _align;
    internal TextStyle BaseStyle => _baseStyle;
    internal FaceChooser Faces => _faces;
    internal byte[]? Levels => _levels;

    public IReadOnlyList<TextLine> Lines(float width)
    {
        if (!_lines.TryGetValue(width, out var lines))
            _lines[width] = lines = new LineFiller(this, width).Fill();
        return lines;
    }

    private List<BreakUnit> BuildWords(IReadOnlyList<TextSpan> spans)
    {
        // The paragraph's text, and where each span's style begins in it.
        var text = new StringBuilder();
        var starts = new List<(int Start, TextStyle Style, object? Origin)>(spans.Count);
        foreach (var span in spans)
        {
            starts.Add((text.Length, span.Style, span.Origin ?? _origin));
            foreach (var c in span.Text)
                if (c is not '\r' and not '\u00AD') text.Append(c);
        }
        var full = text.ToString();
        if (BidiClasses.MayHaveRightToLeft(full))
        {
            var baseLevel = BidiLevels.BaseLevel(full);
            RightToLeft = baseLevel == 1;
            _levels = BidiLevels.Resolve(full, baseLevel);
        }
        var breaks = LineBreaker.Opportunities(full);
        var words = new List<BreakUnit>();
        var start = 0;
        for (var end = 1; end <= full.Length; end++)
        {
            if (breaks[end] == LineBreaker.Break.None) continue;
            words.Add(BuildWord(full, starts, start, end, forced: full[end - 1] == '\n'));
            start = end;
        }
        return words;
    }

    private byte LevelAt(int index) => _levels is null || index >= _levels.Length ? (byte)0 : _levels[index];

    private static (TextStyle Style, object? Origin) SpanAt(List<(int Start, TextStyle Style, object? Origin)> starts, int index)
    {
        var (style, origin) = (starts[0].Style, starts[0].Origin);
        foreach (var (start, s, o) in starts)
        {
            if (start > index) break;
            (style, origin) = (s, o);
        }
        return (style, origin);
    }

    private BreakUnit BuildWord(string text, List<(int Start, TextStyle Style, object? Origin)> starts, int start, int end, bool forced)
    {
        var contentEnd = end;
        while (contentEnd > start && char.IsWhiteSpace(text[contentEnd - 1]) && text[contentEnd - 1] is not '\u00A0' and not '\u202F')
            contentEnd--;
        var pieces = new List<Piece>(1);
        var runStart = start;
        while (runStart < contentEnd)
        {
            var (style, origin) = SpanAt(starts, runStart);
            var runEnd = contentEnd;
            foreach (var (s, _, _) in starts)
                if (s > runStart && s < runEnd) { runEnd = s; break; }
            // A run has one direction: it ends where the bidi level changes.
            var level = LevelAt(runStart);
            for (var i = runStart + 1; _levels is not null && i < runEnd; i++)
                if (_levels[i] != level) { runEnd = i; break; }
            var runText = text[runStart..runEnd];
            var rightToLeft = level % 2 == 1;
            if (_faces.SingleFace(runText, style) is { } single)
                pieces.Add(new Piece(single.Shape(runText, style.Size, rightToLeft), style, level));
            else
                foreach (var (run, face) in _faces.Runs(runText, style, origin))
                    pieces.Add(new Piece(face.Shape(run, style.Size, rightToLeft), style, level));
            runStart = runEnd;
        }
        Piece? space = null;
        if (contentEnd < end && !(end - contentEnd == 1 && text[contentEnd] == '\n'))
        {
            var spaces = text[contentEnd..end].Replace("\n", "").Replace('\t', ' ');
            var (style, _) = SpanAt(starts, contentEnd);
            if (spaces.Length > 0) space = new Piece(_faces.FacesOf(style)[0].Shape(spaces, style.Size), style, LevelAt(contentEnd));
        }
        return new BreakUnit(pieces, space, forced) { Hyphens = HyphensOf(text, start, contentEnd, pieces) };
    }

    /// <summary>Where a word in one style, face and direction may take a hyphen, if it is a word that may.</summary>
    private HyphenPoints? HyphensOf(string text, int start, int end, List<Piece> pieces)
    {
        if (_hyphenator is null || pieces.Count != 1 || pieces[0].RightToLeft) return null;
        if (HyphenationCandidate.Letters(text, start, end) is not (var from, var to)) return null;
        return new HyphenPoints(_hyphenator, text[from..to], from - start);
    }

    private float WidestUnbrokenLine()
    {
        float widest = 0, current = 0;
        foreach (var word in _words)
        {
            current += word.Width;
            widest = Math.Max(widest, current);
            current += word.SpaceWidth;
            if (word.BreakAfter) current = 0;
        }
        return widest;
    }

    /// <summary>The widest group of glyphs that draws one character (or a ligature's characters).</summary>
    private static float WidestCluster(Piece piece)
    {
        var shape = piece.Shaped.Shape;
        float widest = 0, current = 0;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            if (i > 0 && shape.Clusters[i] != shape.Clusters[i - 1]) current = 0;
            current += shape.Advances[i];
            widest = Math.Max(widest, current);
        }
        return widest * piece.Shaped.Scale;
    }
}
