using System.Text;
using PrepPack.Layout.Text.Bidi;

namespace PrepPack.Layout.Text;

/// <summary>
/// The text of one paragraph, shaped once and broken into lines for any width asked:
/// greedy filling at break opportunities, spaces hanging at line ends, justified on request.
/// Right-to-left text is shaped in runs of one bidi level and each line is put in visual order
/// after it is broken (UAX #9).
/// </summary>
public sealed class ParagraphText
{
    private readonly List<BreakUnit> _words;
    private readonly TextStyle _baseStyle;
    private readonly TextAlign _align;
    private readonly FaceChooser _faces;
    private readonly object? _origin;
    private readonly Dictionary<float, IReadOnlyList<TextLine>> _lines = [];
    private byte[]? _levels;
    private float? _widestCharacter;

    public ParagraphText(IReadOnlyList<TextSpan> spans, TextStyle baseStyle, TextAlign align, FaceChooser faces, object? origin)
    {
        _baseStyle = baseStyle;
        _align = align;
        _faces = faces;
        _origin = origin;
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
        return new BreakUnit(pieces, space, forced);
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

    /// <summary>Fills lines of one width, word by word.</summary>
    private sealed class LineFiller(ParagraphText paragraph, float width)
    {
        private readonly List<TextLine> _lines = [];
        private readonly List<Piece> _pieces = [];
        private readonly List<bool> _isSpace = [];
        private float _x;

        public IReadOnlyList<TextLine> Fill()
        {
            foreach (var word in paragraph._words)
            {
                if (_pieces.Count > 0 && _x + word.Width > width + Core.Size.Epsilon)
                    Flush(last: false);
                if (word.Width > width + Core.Size.Epsilon)
                    AddSplit(word);
                else
                    Add(word.Pieces);
                if (word.Space is not null)
                {
                    _pieces.Add(word.Space);
                    _isSpace.Add(true);
                    _x += word.Space.Width;
                }
                if (word.BreakAfter) Flush(last: true);
            }
            if (_pieces.Count > 0 || _lines.Count == 0) Flush(last: true);
            return _lines;
        }

        private void Add(IEnumerable<Piece> pieces)
        {
            foreach (var piece in pieces)
            {
                _pieces.Add(piece);
                _isSpace.Add(false);
                _x += piece.Width;
            }
        }

        /// <summary>A word wider than the line is cut where it must be, character by character.</summary>
        private void AddSplit(BreakUnit word)
        {
            foreach (var piece in word.Pieces)
            {
                var rest = piece;
                while (_x + rest.Width > width + Core.Size.Epsilon)
                {
                    var (head, tail) = Cut(rest, width - _x);
                    if (head is null)
                    {
                        if (_pieces.Count == 0) { (head, tail) = Cut(rest, float.MaxValue, minimum: true); }
                        else { Flush(last: false); continue; }
                    }
                    Add([head!]);
                    if (tail is null) { rest = null!; break; }
                    Flush(last: false);
                    rest = tail;
                }
                if (rest is not null) Add([rest]);
            }
        }

        private static (Piece? Head, Piece? Tail) Cut(Piece piece, float room, bool minimum = false)
        {
            var text = piece.Shaped.Text;
            var face = piece.Shaped.Face;
            var size = piece.Shaped.Size;
            int lo = 0, hi = text.Length;
            if (minimum) lo = hi = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
            else
                while (lo < hi)
                {
                    var mid = (lo + hi + 1) / 2;
                    if (mid < text.Length && char.IsLowSurrogate(text[mid])) mid--;
                    if (mid <= lo) break;
                    if (face.Shape(text[..mid], size, piece.RightToLeft).Width <= room + Core.Size.Epsilon) lo = mid; else hi = mid - 1;
                }
            if (lo == 0) return (null, piece);
            var head = piece with { Shaped = face.Shape(text[..lo], size, piece.RightToLeft) };
            var tail = lo < text.Length ? piece with { Shaped = face.Shape(text[lo..], size, piece.RightToLeft) } : null;
            return (head, tail);
        }

        private void Flush(bool last)
        {
            // Spaces at the end of a line hang outside it.
            while (_pieces.Count > 0 && _isSpace[^1])
            {
                _pieces.RemoveAt(_pieces.Count - 1);
                _isSpace.RemoveAt(_isSpace.Count - 1);
            }
            var contentWidth = _pieces.Sum(p => p.Width);
            var spaces = _isSpace.Count(s => s);
            var stretch = paragraph._align == TextAlign.Justify && !last && spaces > 0 ? (width - contentWidth) / spaces : 0;
            var x = paragraph._align switch
            {
                TextAlign.Center => (width - contentWidth) / 2,
                TextAlign.Right => width - contentWidth,
                TextAlign.Start or TextAlign.Justify when paragraph.RightToLeft && stretch == 0 => width - contentWidth,
                _ => 0f,
            };
            // Broken in reading order, drawn in visual order (UAX #9, L2).
            var order = paragraph._levels is null ? null : BidiOrder.Visual(_pieces.ConvertAll(p => p.Level));
            var placed = new List<PlacedText>(_pieces.Count);
            var levels = new List<byte>(_pieces.Count);
            for (var k = 0; k < _pieces.Count; k++)
            {
                var i = order?[k] ?? k;
                var w = _pieces[i].Width + (_isSpace[i] ? stretch : 0);
                placed.Add(new PlacedText(x, _pieces[i].Shaped, _pieces[i].Style, w));
                levels.Add(_pieces[i].Level);
                x += w;
            }
            _lines.Add(Measure(Merge(placed, levels), stretch > 0 ? width : contentWidth));
            _pieces.Clear();
            _isSpace.Clear();
            _x = 0;
        }

        /// <summary>Neighbours in the same style and face become one run: fewer, longer runs draw faster and smaller.
        /// Right-to-left pieces stay apart, so each run's glyphs map back to its text in one direction.</summary>
        private static List<PlacedText> Merge(List<PlacedText> placed, List<byte> levels)
        {
            var merged = new List<PlacedText>(placed.Count);
            var i = 0;
            while (i < placed.Count)
            {
                var j = i + 1;
                while (j < placed.Count && levels[i] % 2 == 0 && levels[j] % 2 == 0
                    && placed[j].Style == placed[i].Style && placed[j].Shaped.Face == placed[i].Shaped.Face) j++;
                if (j == i + 1) merged.Add(placed[i]);
                else
                {
                    var first = placed[i];
                    var scale = first.Shaped.Scale;
                    var parts = placed.GetRange(i, j - i)
                        .Select(p => (p.Shaped.Shape, (int)MathF.Round((p.Width - p.Shaped.Width) / scale))).ToList();
                    var shaped = new ShapedText(first.Shaped.Face, first.Shaped.Size, GlyphShape.Join(parts));
                    merged.Add(new PlacedText(first.X, shaped, first.Style, placed[j - 1].X + placed[j - 1].Width - first.X));
                }
                i = j;
            }
            return merged;
        }

        private TextLine Measure(List<PlacedText> placed, float lineWidth)
        {
            var styled = placed.Count > 0 ? placed : null;
            float ascent = 0, descent = 0, height = 0;
            if (styled is null)
            {
                var face = paragraph._faces.FacesOf(paragraph._baseStyle)[0];
                var probe = face.Shape(" ", paragraph._baseStyle.Size);
                (ascent, descent, height) = (probe.Ascent, probe.Descent, paragraph._baseStyle.Size * paragraph._baseStyle.LineHeight);
            }
            else
                foreach (var p in placed)
                {
                    ascent = Math.Max(ascent, p.Shaped.Ascent + Math.Max(0, p.Style.Rise));
                    descent = Math.Max(descent, p.Shaped.Descent + Math.Max(0, -p.Style.Rise));
                    height = Math.Max(height, p.Style.Size * p.Style.LineHeight);
                }
            height = Math.Max(height, ascent + descent);
            var baseline = (height - (ascent + descent)) / 2 + ascent;
            return new TextLine(placed, lineWidth, height, baseline);
        }
    }
}
