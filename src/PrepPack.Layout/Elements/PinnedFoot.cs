using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A body at the top and a foot at the bottom of all the height offered, as the small line at
/// the foot of an index card. Kept whole: when the two do not fit together, nothing is placed.
/// </summary>
public sealed class PinnedFoot(Element body, Element foot, float spacing) : Element
{
    private const float Unbounded = 1e6f;

    protected override SpacePlan MeasureCore(Size available)
    {
        var (top, bottom) = Plans(available);
        if (top.IsWrap || bottom.IsWrap || top.IsPartial || bottom.IsPartial)
            return SpacePlan.Wrap();
        var natural = top.Height + spacing + bottom.Height;
        if (natural > available.Height + Size.Epsilon)
            return SpacePlan.Wrap();
        // Offered all the room there is (measuring how tall it would be), it says what it needs.
        return SpacePlan.Full(available.Width, available.Height >= Unbounded ? natural : available.Height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        if (!Measure(available).Draws)
            return;
        var (top, bottom) = Plans(available);
        body.Draw(new Size(available.Width, top.Height), context);
        using (context.Translate(0, available.Height - bottom.Height))
            foot.Draw(new Size(available.Width, bottom.Height), context);
    }

    public override Element Blocking(Size available)
    {
        var (top, bottom) = Plans(available);
        return top.IsWrap ? body.Blocking(available)
            : bottom.IsWrap ? foot.Blocking(available)
            : this;
    }

    protected override void ResetCore()
    {
        body.Reset();
        foot.Reset();
    }

    private (SpacePlan Body, SpacePlan Foot) Plans(Size available)
    {
        var unbounded = available with { Height = float.MaxValue / 4 };
        return (body.Measure(unbounded), foot.Measure(unbounded));
    }
}
