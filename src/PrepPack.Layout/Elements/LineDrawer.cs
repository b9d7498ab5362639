using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Elements;

/// <summary>Draws one laid-out line: highlights, glyphs, underlines and strikes, link areas.</summary>
internal static class LineDrawer
{
    public static void Draw(TextLine line, float x, float top, DrawContext context)
    {
        var baseline = top + line.Baseline;
        foreach (var piece in line.Pieces)
        {
            var style = piece.Style;
            var left = x + piece.X;
            var box = new Rect(left, top, piece.Width, line.Height);
            // A link's words are a link to a screen reader too, tied to the area that follows them.
            if (style.Link is not null)
                context.BeginTag(new StructureTag(StructureRoles.Link));
            if (style.Background is { } background)
                context.FillRect(box, background);
            context.DrawText(piece.Shaped, left, baseline - style.Rise, style.Color);
            var thickness = Math.Max(0.4f, style.Size / 18);
            if (style.Underline)
                context.DrawLine(
                    left,
                    baseline + style.Size * 0.12f,
                    left + piece.Width,
                    baseline + style.Size * 0.12f,
                    style.Color,
                    thickness
                );
            if (style.Strike)
                context.DrawLine(
                    left,
                    baseline - style.Size * 0.3f,
                    left + piece.Width,
                    baseline - style.Size * 0.3f,
                    style.Color,
                    thickness
                );
            if (style.Link is not { } link)
                continue;
            var words = piece.Shaped.Text.Trim();
            if (link.StartsWith('#'))
                context.LinkToDestination(box, link[1..], words);
            else
                context.LinkToUrl(box, link, words);
            context.EndTag();
        }
    }
}
