using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>A horizontal line across the column (a Markdown thematic break).</summary>
public sealed class Rule(Color color, float thickness, float spaceAround) : Element
{
    private bool _done;

    private float Height => thickness + 2 * spaceAround;

    protected override SpacePlan MeasureCore(Size available) =>
        _done ? SpacePlan.Empty()
        : Height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, Height)
        : SpacePlan.Wrap();

    protected override void DrawCore(Size available, DrawContext context)
    {
        var y = spaceAround + thickness / 2;
        context.DrawLine(0, y, available.Width, y, color, thickness);
        _done = true;
    }

    protected override void ResetCore() => _done = false;
}
