using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// Its content's pages carry no header or footer: a cover or a title page. Page numbers still
/// count them, so the page after a cover is page 2.
/// </summary>
public sealed class PlainPage(Element content) : Element
{
    protected override SpacePlan MeasureCore(Size available) => content.Measure(available);

    protected override void DrawCore(Size available, DrawContext context)
    {
        if (content.Measure(available).Draws)
            context.OmitPageLines();
        content.Draw(available, context);
    }

    public override Element Blocking(Size available) => content.Blocking(available);

    protected override void ResetCore() => content.Reset();
}
