using PrepPack.Layout.Text;

namespace PrepPack.Layout.Core;

/// <summary>
/// What elements draw on. Coordinates are page points from the top-left corner. The PDF writer
/// writes recorded pages out as drawing instructions; tests read the recording directly.
/// </summary>
public interface IPageCanvas
{
    void DrawText(ShapedText text, float x, float baseline, Color color);
    void FillRect(Rect rect, Color color);
    void StrokeRect(Rect rect, Color color, float width);

    /// <summary>A straight line, solid or in the <paramref name="dash"/> pattern (lengths on and off) started
    /// <paramref name="phase"/> along it, so a line that goes on from the last keeps its dashes running.</summary>
    void DrawLine(
        float x1,
        float y1,
        float x2,
        float y2,
        Color color,
        float width,
        IReadOnlyList<float>? dash = null,
        float phase = 0
    );

    /// <summary>Round dots of diameter <paramref name="size"/> centred on the line at <paramref name="y"/>,
    /// every <paramref name="pitch"/> from <paramref name="x1"/> up to <paramref name="x2"/>: a leader.</summary>
    void DrawDots(float x1, float x2, float y, float pitch, float size, Color color);
    void LinkToDestination(Rect rect, string destination, string? description = null);
    void LinkToUrl(Rect rect, string url, string? description = null);
    void NameDestination(float x, float y, string name);

    /// <summary>Content drawn at (x, y) once the layout is done and every page number is known.</summary>
    void DrawLater(float x, float y, Action<DrawContext> draw);

    /// <summary>What is drawn until the matching <see cref="EndTag"/> belongs to <paramref name="tag"/>, for a
    /// screen reader.</summary>
    void BeginTag(StructureTag tag);

    /// <summary>What is drawn until the matching <see cref="EndTag"/> is not content: a header, a footer,
    /// decoration.</summary>
    void BeginArtifact(ArtifactKind kind);

    void EndTag();
}
