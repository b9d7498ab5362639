using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>Names the place where its content starts, so links and the contents can point at it.</summary>
public sealed class Destination(string name, Element content) : Element
{
    private bool _named;

    protected override SpacePlan MeasureCore(Size available) => content.Measure(available);

    protected override void DrawCore(Size available, DrawContext context)
    {
        if (!_named && content.Measure(available).Draws)
        {
            context.NameDestination(name);
            _named = true;
        }
        content.Draw(available, context);
    }

    public override Element Blocking(Size available) => content.Blocking(available);

    protected override void ResetCore()
    {
        _named = false;
        content.Reset();
    }
}
