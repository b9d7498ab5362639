using PrepPack.Layout.Text;

namespace PrepPack.Layout.Core;

/// <summary>The canvas of the page being drawn, seen from inside one element: coordinates are
/// relative to the element's top-left corner.</summary>
public sealed class DrawContext
{
    private float _x;
    private float _y;

    public DrawContext(IPageCanvas canvas, PageContext pages)
    {
        Canvas = canvas;
        Pages = pages;
    }

    public IPageCanvas Canvas { get; internal set; }
    public PageContext Pages { get; }

    /// <summary>Moves the origin for the lifetime of the returned scope.</summary>
    public OriginScope Translate(float dx, float dy)
    {
        var scope = new OriginScope(this, _x, _y);
        _x += dx;
        _y += dy;
        return scope;
    }

    public void DrawText(ShapedText text, float x, float baseline, Color color) =>
        Canvas.DrawText(text, _x + x, _y + baseline, color);

    public void FillRect(Rect rect, Color color) => Canvas.FillRect(rect.Offset(_x, _y), color);

    public void StrokeRect(Rect rect, Color color, float width) => Canvas.StrokeRect(rect.Offset(_x, _y), color, width);

    public void DrawLine(
        float x1,
        float y1,
        float x2,
        float y2,
        Color color,
        float width,
        IReadOnlyList<float>? dash = null,
        float phase = 0
    ) => Canvas.DrawLine(_x + x1, _y + y1, _x + x2, _y + y2, color, width, dash, phase);

    public void DrawDots(float x1, float x2, float y, float pitch, float size, Color color) =>
        Canvas.DrawDots(_x + x1, _x + x2, _y + y, pitch, size, color);

    public void LinkToDestination(Rect rect, string destination, string? description = null) =>
        Canvas.LinkToDestination(rect.Offset(_x, _y), destination, description);

    public void LinkToUrl(Rect rect, string url, string? description = null) =>
        Canvas.LinkToUrl(rect.Offset(_x, _y), url, description);

    public void NameDestination(string name)
    {
        Canvas.NameDestination(_x, _y, name);
        Pages.Record(name);
    }

    /// <summary>Draws here once the layout is done: <paramref name="draw"/> gets a context whose pages are all
    /// known.</summary>
    public void DrawLater(Action<DrawContext> draw) => Canvas.DrawLater(_x, _y, draw);

    public void BeginTag(StructureTag tag) => Canvas.BeginTag(tag);

    public void BeginArtifact(ArtifactKind kind) => Canvas.BeginArtifact(kind);

    public void EndTag() => Canvas.EndTag();

    /// <summary>Leaves the header and footer off the page being drawn.</summary>
    public void OmitPageLines() => Pages.OmitPageLines();

    /// <summary>Puts the origin back where it was: exactly, as subtracting the move again would not be in floating
    /// point,
    /// so where a piece of content is drawn never depends on what was drawn before it.</summary>
    public readonly struct OriginScope(DrawContext context, float x, float y) : IDisposable
    {
        public void Dispose()
        {
            context._x = x;
            context._y = y;
        }
    }
}
