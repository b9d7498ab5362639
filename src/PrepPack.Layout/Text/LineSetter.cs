using PrepPack.Layout.Text.Bidi;

namespace PrepPack.Layout.Text;

/// <summary>Sets the words chosen for one line: spaces at its end hang outside it, a justified
/// line's spaces stretch to the width, and the pieces are drawn in visual order.</summary>
internal sealed class LineSetter(ParagraphText paragraph, float width)
{
    public TextLine Set(List<LineItem> items, bool last)
    {
        var count = 0;
        foreach (var item in items)
            count += item.Pieces.Count + (item.Space is null ? 0 : 1);
        var pieces = new List<Piece>(count);
        var isSpace = new List<bool>(count);
        foreach (var item in items)
        {
            foreach (var piece in item.Pieces)
            {
                pieces.Add(piece);
                isSpace.Add(false);
            }
            if (item.Space is not { } space)
                continue;
            pieces.Add(space);
            isSpace.Add(true);
        }
        // Spaces at the end of a line hang outside it.
        while (pieces.Count > 0 && isSpace[^1])
        {
            pieces.RemoveAt(pieces.Count - 1);
            isSpace.RemoveAt(isSpace.Count - 1);
        }
        // Added up in double, then rounded, as the sum of floats always was here.
        var sum = 0d;
        var spaces = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            sum += pieces[i].Width;
            if (isSpace[i])
                spaces++;
        }
        var contentWidth = (float)sum;
        var stretch = paragraph.Align == TextAlign.Justify && !last && spaces > 0 ? (width - contentWidth) / spaces : 0;
        var x = paragraph.Align switch
        {
            TextAlign.Center => (width - contentWidth) / 2,
            TextAlign.Right => width - contentWidth,
            TextAlign.Start or TextAlign.Justify when paragraph.RightToLeft && stretch == 0 => width - contentWidth,
            _ => 0f,
        };
        // Broken in reading order, drawn in visual order (UAX #9, L2).
        var order = paragraph.Levels is null ? null : BidiOrder.Visual(pieces.ConvertAll(p => p.Level));
        return Measure(Place(pieces, isSpace, order, x, stretch), stretch > 0 ? width : contentWidth);
    }

    /// <summary>
    /// The pieces placed left to right from <paramref name="x"/>, each space widened by <paramref name="stretch"/>.
    /// Neighbours in the same style and face become one run: fewer, longer runs draw faster and smaller.
    /// Right-to-left pieces stay apart, so each run's glyphs map back to its text in one direction.
    /// </summary>
    private static List<PlacedText> Place(List<Piece> pieces, List<bool> isSpace, int[]? order, float x, float stretch)
    {
        var placed = new List<PlacedText>(pieces.Count);
        var k = 0;
        while (k < pieces.Count)
        {
            var first = pieces[order?[k] ?? k];
            var j = k + 1;
            while (
                j < pieces.Count
                && first.Level % 2 == 0
                && pieces[order?[j] ?? j] is var next
                && next.Level % 2 == 0
                && next.Style == first.Style
                && next.Shaped.Face == first.Shaped.Face
            )
                j++;
            var start = x;
            if (j == k + 1)
            {
                var w = first.Width + (isSpace[order?[k] ?? k] ? stretch : 0);
                placed.Add(new PlacedText(x, first.Shaped, first.Style, w));
                x += w;
            }
            else
            {
                var scale = first.Shaped.Scale;
                var parts = new (GlyphShape, int)[j - k];
                var (lastX, lastWidth) = (0f, 0f);
                for (var m = k; m < j; m++)
                {
                    var i = order?[m] ?? m;
                    var w = pieces[i].Width + (isSpace[i] ? stretch : 0);
                    parts[m - k] = (pieces[i].Shaped.Shape, (int)MathF.Round((w - pieces[i].Shaped.Width) / scale));
                    (lastX, lastWidth) = (x, w);
                    x += w;
                }
                var shaped = new ShapedText(first.Shaped.Face, first.Shaped.Size, GlyphShape.Join(parts));
                placed.Add(new PlacedText(start, shaped, first.Style, lastX + lastWidth - start));
            }
            k = j;
        }
        return placed;
    }

    private TextLine Measure(List<PlacedText> placed, float lineWidth)
    {
        var styled = placed.Count > 0 ? placed : null;
        float ascent = 0,
            descent = 0,
            height = 0;
        if (styled is null)
        {
            var face = paragraph.Faces.FacesOf(paragraph.BaseStyle)[0];
            var probe = face.Shape(" ", paragraph.BaseStyle.Size);
            (ascent, descent, height) = (
                probe.Ascent,
                probe.Descent,
                paragraph.BaseStyle.Size * paragraph.BaseStyle.LineHeight
            );
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
