using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// Content that shows the page numbers of the previous layout pass (a contents page). It is made
/// again each time the layout starts over, so the rest of the tree, shaped and broken into lines
/// once, is kept between passes.
/// </summary>
public sealed class PageNumbered(Func<Element> make) : Element
{
    private Element _content = make();

    protected override SpacePlan MeasureCore(Size available) => _content.Measure(available);

    protected override void DrawCore(Size available, DrawContext context) => _content.Draw(available, context);

    public override Element Blocking(Size available) => _content.Blocking(available);

    protected override void ResetCore() => _content = make();
}
