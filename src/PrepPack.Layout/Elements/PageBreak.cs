using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>Ends the page here; what follows starts on a new page.</summary>
public sealed class PageBreak : Element
{
    private bool _done;

    // Taking no space but "partly drawn" makes the enclosing column end its page.
    protected override SpacePlan MeasureCore(Size available) => _done ? SpacePlan.Empty() : SpacePlan.Partial(0, 0);

    protected override void DrawCore(Size available, DrawContext context) => _done = true;

    protected override void ResetCore() => _done = false;
}
