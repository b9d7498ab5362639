using PrepPack.Layout.Text.Bidi;

namespace PrepPack.Layout.Text;

/// <summary>Sets the words chosen for one line: spaces at its end hang outside it, a justified
/// line's spaces stretch to the width, and the pieces are drawn in visual order.</summary>
internal sealed class LineSetter(ParagraphText paragraph, float width)
{
    public TextLine Set(List<LineItem> items, bool last)
    {
        var pieces = new List<Piece>(items.Count * 2);
        var isSpace = new List<bool>(items.Count * 2);
        foreach (var item in items)
        {
            foreach (var piece in item.Pieces)
            {
                pieces.Add(piece);
                isSpace.Add(false);
            }
            if (item.Space is null) continue;
            pieces.Add(item.Space);
            isSpace.Add(true);
        }
        // Spaces at the end of a line hang outside it.
        while (pieces.Count > 0 && isSpace[^1])
        {
            pieces.RemoveAt(pieces.Count - 1);
            isSpace.RemoveAt(isSpace.Count - 1);
        }
        var contentWidth = pieces.Sum(p => p.Width);
        var spaces = isSpace.Count(s => s);
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
        var placed = new List<PlacedText>(pieces.Count);
        var levels = new List<byte>(pieces.Count);
        for (var k = 0; k < pieces.Count; k++)
        {
            var i = order?[k] ?? k;
            var w = pieces[i].Width + (isSpace[i] ? stretch : 0);
            placed.Add(new PlacedText(x, pieces[i].Shaped, pieces[i].Style, w));
            levels.Add(pieces[i].Level);
            x += w;
        }
        return Measure(Merge(placed, levels), stretch > 0 ? width : contentWidth);
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
            var face = paragraph.Faces.FacesOf(paragraph.BaseStyle)[0];
            var probe = face.Shape(" ", paragraph.BaseStyle.Size);
            (ascent, descent, height) = (probe.Ascent, probe.Descent, paragraph.BaseStyle.Size * paragraph.BaseStyle.LineHeight);
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
