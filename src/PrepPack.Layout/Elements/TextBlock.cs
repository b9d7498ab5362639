using PrepPack.Layout.Core;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A paragraph. It splits between pages by whole lines and never leaves a single line of it
/// alone at the foot (orphan) or head (widow) of a page.
/// </summary>
public sealed class TextBlock(ParagraphText text) : Element
{
    private int _next;

    public ParagraphText Text => text;

    /// <summary>The narrowest the paragraph can be without cutting a word: what a table cell asks to share out its
    /// columns.</summary>
    public float MinContentWidth => text.MinContentWidth;

    /// <summary>The width the paragraph takes when nothing wraps.</summary>
    public float MaxContentWidth => text.MaxContentWidth;

    protected override SpacePlan MeasureCore(Size available)
    {
        var (count, height) = Fit(available);
        var lines = text.Lines(available.Width);
        if (_next >= lines.Count)
            return SpacePlan.Empty();
        if (count == 0)
            return SpacePlan.Wrap();
        var width = 0f;
        for (var i = _next; i < _next + count; i++)
            width = Math.Max(width, lines[i].Width);
        return _next + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var (count, _) = Fit(available);
        var y = 0f;
        var lines = text.Lines(available.Width);
        for (var i = _next; i < _next + count; i++)
        {
            LineDrawer.Draw(lines[i], 0, y, context);
            y += lines[i].Height;
        }
        _next += count;
    }

    /// <summary>How many of the remaining lines go on this page, and their height.</summary>
    private (int Count, float Height) Fit(Size available)
    {
        var lines = text.Lines(available.Width);
        var remaining = lines.Count - _next;
        var count = 0;
        var height = 0f;
        while (count < remaining && height + lines[_next + count].Height <= available.Height + Size.Epsilon)
            height += lines[_next + count++].Height;
        if (count == remaining || remaining <= 1)
            return (count, height);

        // Widow: never carry one line alone to the next page.
        if (remaining - count == 1)
            height -= lines[_next + --count].Height;
        // Orphan: never leave one line alone at the foot of this page.
        if (count == 1)
            return (0, 0);
        return (count, height);
    }

    protected override void ResetCore() => _next = 0;
}
