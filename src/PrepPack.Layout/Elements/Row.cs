using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// Items side by side, kept whole on one page. Items with a fixed width get it; the others share
/// what is left equally. Used for contents lines (title, page number) and cards side by side.
/// </summary>
public sealed class Row(IReadOnlyList<(Element Item, float? Width)> items, float spacing = 0) : Element
{
    private bool _done;

    protected override SpacePlan MeasureCore(Size available)
    {
        if (_done)
            return SpacePlan.Empty();
        var height = 0f;
        foreach (var (item, width) in Layout(available.Width))
        {
            var plan = item.Measure(new Size(width, available.Height));
            if (plan.IsWrap || plan.IsPartial)
                return SpacePlan.Wrap();
            height = Math.Max(height, plan.Height);
        }
        return SpacePlan.Full(available.Width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var x = 0f;
        foreach (var (item, width) in Layout(available.Width))
        {
            using (context.Translate(x, 0))
                item.Draw(new Size(width, available.Height), context);
            x += width + spacing;
        }
        _done = true;
    }

    private IEnumerable<(Element Item, float Width)> Layout(float total)
    {
        var fixedWidth = items.Sum(i => i.Width ?? 0) + spacing * (items.Count - 1);
        var flexible = items.Count(i => i.Width is null);
        var share = flexible == 0 ? 0 : Math.Max(0, total - fixedWidth) / flexible;
        return items.Select(i => (i.Item, i.Width ?? share));
    }

    protected override void ResetCore()
    {
        _done = false;
        foreach (var (item, _) in items)
            item.Reset();
    }
}
