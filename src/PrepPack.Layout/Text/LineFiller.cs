using PrepPack.Layout.Core;

namespace PrepPack.Layout.Text;

/// <summary>
/// Breaks a paragraph into lines of one width: greedy, word by word, at the break opportunities
/// <see cref="LineBreaker"/> finds. A justified line hyphenates the word that does not fit when
/// its spaces would otherwise gape; a word wider than the line is hyphenated, or else cut where
/// it must be. Lines are set once each paragraph (up to a hard break) is broken, so its last
/// line can take a word from the line above rather than hold one short word alone.
/// </summary>
internal sealed class LineFiller(ParagraphText paragraph, float width)
{
    /// <summary>A justified line hyphenates when, set without the next word, each space would grow by more than this share of itself.</summary>
    private const float LooseSpace = 0.5f;

    /// <summary>Pulling a word down must not stretch a justified line's spaces past this share of themselves.</summary>
    private const float LoosestSpace = 1f;

    /// <summary>At most this many lines in a row end in a hyphen (overlong words excepted).</summary>
    private const int MaxHyphensInARow = 2;

    /// <summary>A last line is "one short word" when its one word takes less than this share of the width.</summary>
    private const float ShortLastWord = 1f / 3;

    private readonly LineSetter _setter = new(paragraph, width);
    private readonly List<TextLine> _lines = [];
    private readonly List<List<LineItem>> _paragraph = [];
    private List<LineItem> _line = [];
    private float _x;
    private int _hyphensInARow;

    private bool Justify => paragraph.Align == TextAlign.Justify;

    public IReadOnlyList<TextLine> Fill()
    {
        var words = paragraph.Words;
        for (var i = 0; i < words.Count; i++)
        {
            Place(words[i], last: words[i].BreakAfter || i == words.Count - 1);
            if (words[i].BreakAfter) EndParagraph();
        }
        if (_line.Count > 0 || _lines.Count == 0) EndParagraph();
        return _lines;
    }

    private void Place(BreakUnit word, bool last)
    {
        if (_line.Count > 0 && _x + word.Width > width + Size.Epsilon)
        {
            // The last word of a paragraph is not hyphenated: its end alone would make the last line.
            if (Justify && !last && _hyphensInARow < MaxHyphensInARow && Growth(_line) > LooseSpace
                && Split(word, width - _x) is (var head, var tail))
            {
                Add(head);
                word = tail;
            }
            CloseLine();
        }
        if (word.Width > width + Size.Epsilon) AddOverlong(word);
        else Add(LineItem.Whole(word));
    }

    /// <summary>A word wider than the line: hyphenated while a hyphen point fits, then cut if it must be.</summary>
    private void AddOverlong(BreakUnit word)
    {
        while (_x + word.Width > width + Size.Epsilon && Split(word, width - _x) is (var head, var tail))
        {
            Add(head);
            CloseLine();
            word = tail;
        }
        if (_x + word.Width > width + Size.Epsilon) AddCut(word);
        else Add(LineItem.Whole(word));
    }

    /// <summary>The word broken at its last hyphenation point whose first part, with a hyphen shaped in the
    /// same face, fits in <paramref name="room"/>; null when none does.</summary>
    private static (LineItem Head, BreakUnit Tail)? Split(BreakUnit word, float room)
    {
        if (word.Hyphens is not { } hyphens || word.Pieces.Count != 1) return null;
        var piece = word.Pieces[0];
        var (face, size, text) = (piece.Shaped.Face, piece.Shaped.Size, piece.Shaped.Text);
        if (!face.HasGlyph('-')) return null;
        var positions = hyphens.Positions;
        for (var i = positions.Count - 1; i >= 0; i--)
        {
            var at = positions[i];
            var head = face.Shape(string.Concat(text.AsSpan(0, at), "-"), size);
            if (head.Width > room + Size.Epsilon) continue;
            var tail = piece with { Shaped = face.Shape(text[at..], size) };
            return (new LineItem([piece with { Shaped = head }], null) { Hyphenated = true },
                new BreakUnit([tail], word.Space, word.BreakAfter) { Hyphens = hyphens.After(at) });
        }
        return null;
    }

    /// <summary>A word wider than the line with no hyphenation point that fits is cut where it must be, character by character.</summary>
    private void AddCut(BreakUnit word)
    {
        foreach (var piece in word.Pieces)
        {
            var rest = piece;
            while (_x + rest.Width > width + Size.Epsilon)
            {
                var (head, tail) = Cut(rest, width - _x);
                if (head is null)
                {
                    if (_line.Count == 0) (head, tail) = Cut(rest, float.MaxValue, minimum: true);
                    else { CloseLine(); continue; }
                }
                Add(new LineItem([head!], null));
                if (tail is null) { rest = null!; break; }
                CloseLine();
                rest = tail;
            }
            if (rest is not null) Add(new LineItem([rest], null));
        }
        if (word.Space is not null && _line.Count > 0)
        {
            _line[^1] = _line[^1] with { Space = word.Space };
            _x += word.Space.Width;
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
                if (face.Shape(text[..mid], size, piece.RightToLeft).Width <= room + Size.Epsilon) lo = mid; else hi = mid - 1;
            }
        if (lo == 0) return (null, piece);
        var head = piece with { Shaped = face.Shape(text[..lo], size, piece.RightToLeft) };
        var tail = lo < text.Length ? piece with { Shaped = face.Shape(text[lo..], size, piece.RightToLeft) } : null;
        return (head, tail);
    }

    private void Add(LineItem item)
    {
        _line.Add(item);
        _x += item.Width + item.SpaceWidth;
    }

    private void CloseLine()
    {
        _hyphensInARow = _line.Count > 0 && _line[^1].Hyphenated ? _hyphensInARow + 1 : 0;
        _paragraph.Add(_line);
        _line = [];
        _x = 0;
    }

    private void EndParagraph()
    {
        CloseLine();
        AvoidShortLastLine();
        for (var i = 0; i < _paragraph.Count; i++) _lines.Add(_setter.Set(_paragraph[i], last: i == _paragraph.Count - 1));
        _paragraph.Clear();
        _hyphensInARow = 0;
    }

    /// <summary>
    /// A paragraph of three lines or more does not end on one short word when the line above can
    /// give it its last word and keep two: a look back at one line, not a whole-paragraph optimum.
    /// A justified line above that would gape gives only the end of its word, hyphenated, or nothing.
    /// </summary>
    private void AvoidShortLastLine()
    {
        if (_paragraph.Count < 3) return;
        var last = _paragraph[^1];
        var above = _paragraph[^2];
        if (last.Count != 1 || above.Count < 3 || above[^1].Hyphenated || last[0].Width >= width * ShortLastWord) return;
        var moved = above[^1];
        if (moved.Width + moved.SpaceWidth + last[0].Width > width + Size.Epsilon) return;
        var kept = above.GetRange(0, above.Count - 1);
        if (Justify && Growth(kept) > LoosestSpace)
        {
            if (moved.Word is null || Split(moved.Word, width - Content(kept) - kept[^1].SpaceWidth) is not (var head, var tail)) return;
            kept.Add(head);
            moved = LineItem.Whole(tail);
        }
        _paragraph[^2] = kept;
        _paragraph[^1] = [moved, last[0]];
    }

    /// <summary>How much a line's spaces would grow, as a share of their own width, if it were justified as it is.</summary>
    private float Growth(List<LineItem> line)
    {
        var spaces = 0f;
        for (var i = 0; i < line.Count - 1; i++) spaces += line[i].SpaceWidth;
        return spaces <= 0 ? float.PositiveInfinity : (width - Content(line)) / spaces;
    }

    /// <summary>The width of a line's words and the spaces between them, without the spaces that hang at its end.</summary>
    private static float Content(List<LineItem> line)
    {
        var content = 0f;
        for (var i = 0; i < line.Count; i++) content += line[i].Width + (i < line.Count - 1 ? line[i].SpaceWidth : 0);
        return content;
    }
}
