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
    /// <summary>A justified line hyphenates when, set without the next word, each space would grow by more than this
    /// share of itself.</summary>
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

    // Lines' lists are used again once a paragraph is set, by every filler on the thread: a bank has tens of thousands
    // of lines.
    [ThreadStatic]
    private static Stack<List<LineItem>>? _spareLines;

    // The rests of words broken at a hyphen: line items number them after the paragraph's words, from -2 down.
    private readonly List<BreakUnit> _rests = [];
    private List<LineItem> _line = TakeLine();
    private float _x;
    private int _hyphensInARow;

    private bool Justify => paragraph.Align == TextAlign.Justify;

    public IReadOnlyList<TextLine> Fill()
    {
        var words = paragraph.Words;
        for (var i = 0; i < words.Length; i++)
        {
            Place(words[i], i, last: words[i].BreakAfter || i == words.Length - 1);
            if (words[i].BreakAfter)
                EndParagraph();
        }
        if (_line.Count > 0 || _lines.Count == 0)
            EndParagraph();
        GiveBack(_line);
        return _lines;
    }

    private static List<LineItem> TakeLine() =>
        (_spareLines ??= new()).TryPop(out var spare) ? spare : new List<LineItem>(16);

    private static void GiveBack(List<LineItem> line)
    {
        line.Clear();
        (_spareLines ??= new()).Push(line);
    }

    private void Place(BreakUnit word, int number, bool last)
    {
        if (_line.Count > 0 && _x + word.Width > width + Size.Epsilon)
        {
            // The last word of a paragraph is not hyphenated: its end alone would make the last line.
            if (
                Justify
                && !last
                && _hyphensInARow < MaxHyphensInARow
                && Growth(_line) > LooseSpace
                && Split(word, width - _x) is (var head, var tail)
            )
            {
                Add(head);
                (word, number) = (tail, Keep(tail));
            }
            CloseLine();
        }
        if (word.Width > width + Size.Epsilon)
            AddOverlong(word, number);
        else
            Add(LineItem.Whole(word, number));
    }

    /// <summary>Numbers the rest of a word broken at a hyphen, so a line item can name it as it names whole
    /// words.</summary>
    private int Keep(BreakUnit rest)
    {
        _rests.Add(rest);
        return -1 - _rests.Count;
    }

    private BreakUnit WordNumbered(int number) => number >= 0 ? paragraph.Words[number] : _rests[-2 - number];

    /// <summary>A word wider than the line: hyphenated while a hyphen point fits, then cut if it must be.</summary>
    private void AddOverlong(BreakUnit word, int number)
    {
        while (_x + word.Width > width + Size.Epsilon && Split(word, width - _x) is (var head, var tail))
        {
            Add(head);
            CloseLine();
            (word, number) = (tail, Keep(tail));
        }
        if (_x + word.Width > width + Size.Epsilon)
            AddCut(word);
        else
            Add(LineItem.Whole(word, number));
    }

    /// <summary>The word broken at its last hyphenation point whose first part, with a hyphen shaped in the
    /// same face, fits in <paramref name="room"/>; null when none does.</summary>
    private (LineItem Head, BreakUnit Tail)? Split(BreakUnit word, float room)
    {
        if (word.Pieces.Count != 1 || paragraph.HyphensOf(word) is not { } hyphens)
            return null;
        var piece = word.Pieces[0];
        var (face, size, text) = (piece.Shaped.Face, piece.Shaped.Size, piece.Shaped.Text);
        if (!face.HasGlyph('-'))
            return null;
        var positions = hyphens.Positions;
        for (var i = positions.Count - 1; i >= 0; i--)
        {
            var at = positions[i];
            var head = face.Shape(string.Concat(text.AsSpan(0, at), "-"), size);
            if (head.Width > room + Size.Epsilon)
                continue;
            var tail = piece with { Shaped = face.Shape(text[at..], size) };
            return (
                new LineItem(new[] { piece with { Shaped = head } }, null) { Hyphenated = true },
                new BreakUnit(new[] { tail }, word.Space, word.BreakAfter) { Hyphens = hyphens.After(at) }
            );
        }
        return null;
    }

    /// <summary>A word wider than the line with no hyphenation point that fits is cut where it must be, character by
    /// character.</summary>
    private void AddCut(BreakUnit word)
    {
        foreach (var piece in word.Pieces)
            AddCut(piece);
        if (word.Space is { } space && _line.Count > 0)
        {
            _line[^1] = _line[^1] with { Space = space };
            _x += space.Width;
        }
    }

    /// <summary>
    /// Cuts one piece into lines, from a cursor that only moves on: where each cut goes is found
    /// on the piece's own shaping (the widths of its characters, added up once), and only the
    /// line's part is shaped again, to check it exactly. A word of any length costs time in
    /// proportion to its length, not to its length times its lines.
    /// </summary>
    private void AddCut(Piece piece)
    {
        var text = piece.Shaped.Text;
        var prefix = PrefixWidths(piece.Shaped);
        var at = 0;
        while (at < text.Length)
        {
            var room = width - _x;
            // What is left may fit a fresh line whole (the added-up widths say whether it is worth shaping to see).
            if (at == 0 ? piece.Width <= room + Size.Epsilon : prefix[^1] - prefix[at] <= room + Size.Epsilon)
            {
                var rest = Part(piece, at, text.Length);
                if (rest.Width <= room + Size.Epsilon)
                {
                    Add(new LineItem(new[] { rest }, null));
                    return;
                }
            }
            var end = LongestFitting(piece, prefix, at, room);
            if (end == at)
            {
                if (_line.Count > 0)
                {
                    CloseLine();
                    continue;
                }
                // Not even one character fits an empty line: it goes on one of its own all the same.
                end = at + (char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1);
            }
            Add(new LineItem(new[] { Part(piece, at, end) }, null));
            if (end == text.Length)
                return;
            CloseLine();
            at = end;
        }
    }

    /// <summary>The end of the longest part of the piece from <paramref name="start"/> that fits in
    /// <paramref name="room"/>, shaped on its own; <paramref name="start"/> when not one character does.</summary>
    private static int LongestFitting(Piece piece, float[] prefix, int start, float room)
    {
        var text = piece.Shaped.Text;
        // The last end the added-up widths allow: they may differ from the part shaped on its own
        // (kerning and ligatures across the cut), so the guess is checked and moved by a character at a time.
        int lo = start,
            hi = text.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (prefix[mid] - prefix[start] <= room + Size.Epsilon)
                lo = mid;
            else
                hi = mid - 1;
        }
        var end = Boundary(text, lo, start);
        while (end > start && Part(piece, start, end).Width > room + Size.Epsilon)
            end = Boundary(text, end - 1, start);
        while (
            end < text.Length
            && Boundary(text, end + 1, start) is var next
            && next > end
            && Part(piece, start, next).Width <= room + Size.Epsilon
        )
            end = next;
        return end;
    }

    /// <summary>The nearest place at or before <paramref name="index"/> that does not split a surrogate pair.</summary>
    private static int Boundary(string text, int index, int start)
    {
        if (index < text.Length && index > start && char.IsLowSurrogate(text[index]))
            index--;
        return Math.Max(index, start);
    }

    private static Piece Part(Piece piece, int start, int end)
    {
        var shaped = piece.Shaped;
        return start == 0 && end == shaped.Text.Length
            ? piece
            : piece with
            {
                Shaped = shaped.Face.Shape(shaped.Text[start..end], shaped.Size, piece.RightToLeft),
            };
    }

    /// <summary>For each index into the text, the width of the characters before it, in points, from the glyphs'
    /// clusters
    /// (a glyph counts for the character its cluster starts at, in either direction).</summary>
    private static float[] PrefixWidths(ShapedText shaped)
    {
        var shape = shaped.Shape;
        var widths = new float[shape.Text.Length + 1];
        for (var i = 0; i < shape.Glyphs.Length; i++)
            widths[shape.Clusters[i] + 1] += shape.Advances[i];
        for (var k = 1; k < widths.Length; k++)
            widths[k] = widths[k - 1] + widths[k] * shaped.Scale;
        return widths;
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
        _line = TakeLine();
        _x = 0;
    }

    private void EndParagraph()
    {
        CloseLine();
        AvoidShortLastLine();
        for (var i = 0; i < _paragraph.Count; i++)
        {
            _lines.Add(_setter.Set(_paragraph[i], last: i == _paragraph.Count - 1));
            GiveBack(_paragraph[i]);
        }
        _paragraph.Clear();
        _hyphensInARow = 0;
    }

    /// <summary>
    /// A paragraph of two lines or more (a title, a footer) does not end on one short word (under half
    /// the width for two lines, a third for more) when the line above can
    /// give it its last word and keep two: a look back at one line, not a whole-paragraph optimum.
    /// A justified line above that would gape gives only the end of its word, hyphenated, or nothing.
    /// </summary>
    private void AvoidShortLastLine()
    {
        if (_paragraph.Count < 2)
            return;
        var last = _paragraph[^1];
        var above = _paragraph[^2];
        // Of two lines (a title, a footer), one word alone reads as cut off even when it is long.
        var shortWord = _paragraph.Count == 2 ? 0.5f : ShortLastWord;
        if (last.Count != 1 || above.Count < 3 || above[^1].Hyphenated || last[0].Width >= width * shortWord)
            return;
        var moved = above[^1];
        if (moved.Width + moved.SpaceWidth + last[0].Width > width + Size.Epsilon)
            return;
        var kept = above.GetRange(0, above.Count - 1);
        if (Justify && Growth(kept) > LoosestSpace)
        {
            if (
                moved.Word == -1
                || Split(WordNumbered(moved.Word), width - Content(kept) - kept[^1].SpaceWidth)
                    is not
                    (var head, var tail)
            )
                return;
            kept.Add(head);
            moved = LineItem.Whole(tail, Keep(tail));
        }
        _paragraph[^2] = kept;
        _paragraph[^1] = [moved, last[0]];
    }

    /// <summary>How much a line's spaces would grow, as a share of their own width, if it were justified as it
    /// is.</summary>
    private float Growth(List<LineItem> line)
    {
        var spaces = 0f;
        for (var i = 0; i < line.Count - 1; i++)
            spaces += line[i].SpaceWidth;
        return spaces <= 0 ? float.PositiveInfinity : (width - Content(line)) / spaces;
    }

    /// <summary>The width of a line's words and the spaces between them, without the spaces that hang at its
    /// end.</summary>
    private static float Content(List<LineItem> line)
    {
        var content = 0f;
        for (var i = 0; i < line.Count; i++)
            content += line[i].Width + (i < line.Count - 1 ? line[i].SpaceWidth : 0);
        return content;
    }
}
