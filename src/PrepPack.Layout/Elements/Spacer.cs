using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>Empty vertical space that does not carry over to the next page.</summary>
public sealed class Spacer(float height) : Element
{
    private bool _done;

    protected override SpacePlan MeasureCore(Size available) =>
        _done ? SpacePlan.Empty() : SpacePlan.Full(0, Math.Min(height, Math.Max(0, available.Height)));

    protected override void DrawCore(Size available, DrawContext context) => _done = true;

    protected override void ResetCore() => _done = false;
}
