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
    private readonly BreakUnit[] _words;
    private readonly TextStyle _baseStyle;
    private readonly TextAlign _align;
    private readonly FaceChooser _faces;
    private readonly object? _origin;
    private readonly Hyphenator? _hyphenator;
    private readonly Dictionary<float, IReadOnlyList<TextLine>> _lines = [];
    private byte[]? _levels;
    private string _text = "";

    // Hyphenation points by where a word's letters start: worked out for the few words that end a line wanting a
    // hyphen.
    private Dictionary<int, HyphenPoints?>? _hyphens;

    [ThreadStatic]
    private static List<Piece>? _scratchPieces;

    [ThreadStatic]
    private static List<(int First, Piece? Space, bool Forced, (int, int, int) Letters)>? _scratchWords;
    private float? _widestCharacter;

    /// <param name="hyphenator">Hyphenates justified lines and words wider than the line; null never
    /// hyphenates.</param>
    public ParagraphText(
        IReadOnlyList<TextSpan> spans,
        TextStyle baseStyle,
        TextAlign align,
        FaceChooser faces,
        object? origin,
        Hyphenator? hyphenator = null
    )
    {
        _baseStyle = baseStyle;
        _align = align;
        _faces = faces;
        _origin = origin;
        _hyphenator = hyphenator;
        _words = BuildWords(spans);
        MinContentWidth = _words.Length == 0 ? 0 : _words.Max(w => w.Width);
        MaxContentWidth = WidestUnbrokenLine();
    }

    /// <summary>The widest word: narrower than this, words must be split.</summary>
    public float MinContentWidth { get; }

    /// <summary>The width of the paragraph set without wrapping.</summary>
    public float MaxContentWidth { get; }

    /// <summary>The widest single character: narrower than this, nothing can be set at all.</summary>
    public float WidestCharacter =>
        _widestCharacter ??= _words.SelectMany(w => w.Pieces).Select(WidestCluster).DefaultIfEmpty(0).Max();

    /// <summary>The paragraph reads right to left: its first strong character is Hebrew, Arabic or another
    /// right-to-left script.</summary>
    public bool RightToLeft { get; private set; }

    internal BreakUnit[] Words => _words;
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

    private BreakUnit[] BuildWords(IReadOnlyList<TextSpan> spans)
    {
        // The paragraph's text, and where each span's style begins in it.
        var text = new StringBuilder();
        var starts = new List<(int Start, TextStyle Style, object? Origin)>(spans.Count);
        foreach (var written in spans)
        {
            starts.Add((text.Length, written.Style, written.Origin ?? _origin));
            foreach (var c in written.Text)
                if (c is not '\r' and not '\u00AD')
                    text.Append(c);
        }
        var full = text.ToString();
        _text = full;
        if (BidiClasses.MayHaveRightToLeft(full))
        {
            var baseLevel = BidiLevels.BaseLevel(full);
            RightToLeft = baseLevel == 1;
            _levels = BidiLevels.Resolve(full, baseLevel);
        }
        var breaks = LineBreaker.Opportunities(full);
        // Every word's pieces go into one array, each word holding its slice of it. The lists that
        // collect them are this thread's, used again for every paragraph, so only the arrays are new.
        var pieces = _scratchPieces ??= [];
        var drafts = _scratchWords ??= [];
        pieces.Clear();
        drafts.Clear();
        var start = 0;
        var span = 0;
        for (var end = 1; end <= full.Length; end++)
        {
            if (breaks[end] == LineBreaker.Break.None)
                continue;
            drafts.Add(BuildWord(full, starts, ref span, start, end, forced: full[end - 1] == '\n', pieces));
            start = end;
        }
        var all = pieces.ToArray();
        var words = new BreakUnit[drafts.Count];
        for (var i = 0; i < words.Length; i++)
        {
            var (first, space, forced, letters) = drafts[i];
            var next = i + 1 < drafts.Count ? drafts[i + 1].First : all.Length;
            words[i] = new BreakUnit(new ArraySegment<Piece>(all, first, next - first), space, forced)
            {
                Letters = letters,
            };
        }
        pieces.Clear();
        drafts.Clear();
        return words;
    }

    private byte LevelAt(int index) => _levels is null || index >= _levels.Length ? (byte)0 : _levels[index];

    /// <summary>The span that holds text[index], looking on from <paramref name="span"/>: words come in order, so the
    /// search never goes back.</summary>
    private static int SpanAt(List<(int Start, TextStyle Style, object? Origin)> starts, int span, int index)
    {
        while (span + 1 < starts.Count && starts[span + 1].Start <= index)
            span++;
        return span;
    }

    private (int First, Piece? Space, bool Forced, (int, int, int) Letters) BuildWord(
        string text,
        List<(int Start, TextStyle Style, object? Origin)> starts,
        ref int span,
        int start,
        int end,
        bool forced,
        List<Piece> pieces
    )
    {
        var first = pieces.Count;
        var contentEnd = end;
        while (
            contentEnd > start
            && char.IsWhiteSpace(text[contentEnd - 1])
            && text[contentEnd - 1] is not '\u00A0' and not '\u202F'
        )
            contentEnd--;
        var runStart = start;
        while (runStart < contentEnd)
        {
            span = SpanAt(starts, span, runStart);
            var (_, style, origin) = starts[span];
            var runEnd =
                span + 1 < starts.Count && starts[span + 1].Start < contentEnd ? starts[span + 1].Start : contentEnd;
            // A run has one direction: it ends where the bidi level changes.
            var level = LevelAt(runStart);
            for (var i = runStart + 1; _levels is not null && i < runEnd; i++)
                if (_levels[i] != level)
                {
                    runEnd = i;
                    break;
                }
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
            // One plain space, by far the most common, is shaped from a literal rather than a new string.
            var spaces =
                end - contentEnd == 1 && text[contentEnd] == ' '
                    ? " "
                    : text[contentEnd..end].Replace("\n", "").Replace('\t', ' ');
            span = SpanAt(starts, span, contentEnd);
            var style = starts[span].Style;
            if (spaces.Length > 0)
                space = new Piece(_faces.FacesOf(style)[0].Shape(spaces, style.Size), style, LevelAt(contentEnd));
        }
        var count = pieces.Count - first;
        var letters =
            _hyphenator is not null && count == 1 && !pieces[first].RightToLeft
                ? HyphenationCandidate.Letters(text, start, contentEnd)
                : null;
        return (first, space, forced, letters is var (from, to) ? (from, to, start) : (-1, -1, -1));
    }

    /// <summary>Where a word in one style, face and direction may take a hyphen, if it is a word that may;
    /// worked out when a line first asks, as most words never come to the end of a line that wants one.</summary>
    internal HyphenPoints? HyphensOf(BreakUnit word)
    {
        if (word.Hyphens is not null || word.Letters.Start < 0)
            return word.Hyphens;
        var (from, to, start) = word.Letters;
        _hyphens ??= [];
        if (!_hyphens.TryGetValue(from, out var points))
            _hyphens[from] = points = new HyphenPoints(_hyphenator!, _text[from..to], from - start);
        return points;
    }

    private float WidestUnbrokenLine()
    {
        float widest = 0,
            current = 0;
        foreach (var word in _words)
        {
            current += word.Width;
            widest = Math.Max(widest, current);
            current += word.SpaceWidth;
            if (word.BreakAfter)
                current = 0;
        }
        return widest;
    }

    /// <summary>The widest group of glyphs that draws one character (or a ligature's characters).</summary>
    private static float WidestCluster(Piece piece)
    {
        var shape = piece.Shaped.Shape;
        float widest = 0,
            current = 0;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            if (i > 0 && shape.Clusters[i] != shape.Clusters[i - 1])
                current = 0;
            current += shape.Advances[i];
            widest = Math.Max(widest, current);
        }
        return widest * piece.Shaped.Scale;
    }
}
