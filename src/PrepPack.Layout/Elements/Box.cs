using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// Content inside a background, a border and padding. Kept whole by default: if it does not fit
/// the rest of a page it starts on the next; if it cannot fit an empty page, paging reports it.
/// </summary>
public sealed class Box(Element content, BoxStyle style) : Element
{
    private Thickness Inset =>
        style.Padding with
        {
            Left = style.Padding.Left + (style.LeftBar is null ? 0 : style.LeftBarWidth),
        };

    protected override SpacePlan MeasureCore(Size available)
    {
        var inset = Inset;
        var inner = content.Measure(new Size(available.Width - inset.Horizontal, available.Height - inset.Vertical));
        if (inner.IsEmpty || inner.IsWrap)
            return inner;
        if (inner.IsPartial && style.KeepTogether)
            return SpacePlan.Wrap();
        var size = new Size(available.Width, inner.Height + inset.Vertical);
        return inner.IsFull ? SpacePlan.Full(size.Width, size.Height) : SpacePlan.Partial(size.Width, size.Height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var plan = Measure(available);
        if (!plan.Draws)
            return;
        var frame = new Rect(0, 0, available.Width, plan.Height);
        if (style.Background is { } background)
            context.FillRect(frame, background);
        if (style.Border is { } border)
            context.StrokeRect(frame, border, style.BorderWidth);
        if (style.LeftBar is { } bar)
            context.FillRect(frame with { Width = style.LeftBarWidth }, bar);
        var inset = Inset;
        using (context.Translate(inset.Left, inset.Top))
            content.Draw(new Size(available.Width - inset.Horizontal, plan.Height - inset.Vertical), context);
    }

    /// <summary>The box, unless what is inside cannot be placed even on its own: then that, named more
    /// closely.</summary>
    public override Element Blocking(Size available)
    {
        var inner = new Size(available.Width - Inset.Horizontal, available.Height - Inset.Vertical);
        return content.Measure(inner).IsWrap ? content.Blocking(inner) : this;
    }

    protected override void ResetCore() => content.Reset();
}
