using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A contents entry: its title, which may wrap, then a row of dots to the page number, which
/// stands on the title's last line against the right edge. Kept whole on one page. The dots are
/// drawn once the number is known, so they stop a dot's space short of it whatever its width.
/// The whole entry (title, dots and number) is one link to the destination, read as one link
/// element that holds the title and the number.
/// </summary>
/// <param name="destination">The heading the entry leads to, whose page the number shows.</param>
/// <param name="number">The text block for a page number ("" when the destination is on no page).</param>
/// <param name="numberWidth">The room kept at the right for the number.</param>
/// <param name="description">What the link says to a screen reader: the entry's title.</param>
public sealed class LeaderLine(
    TextBlock title,
    string destination,
    Func<string, TextBlock> number,
    float numberWidth,
    Color dots,
    string description
) : Element
{
    private bool _done;
    private StructureTag? _link;

    protected override SpacePlan MeasureCore(Size available)
    {
        if (_done)
            return SpacePlan.Empty();
        var plan = title.Measure(available with { Width = TitleWidth(available.Width) });
        return plan.IsFull ? SpacePlan.Full(available.Width, plan.Height) : SpacePlan.Wrap();
    }

    protected override void DrawCore(Size available, DrawContext context)
    {
        var width = TitleWidth(available.Width);
        var lines = title.Text.Lines(width);
        if (lines.Count == 0)
            return;
        if (Tag is not null)
            context.BeginTag(_link ??= new StructureTag(StructureRoles.Link));
        title.Draw(available with { Width = width }, context);
        var last = lines[^1];
        var top = lines.Take(lines.Count - 1).Sum(l => l.Height);
        var size = last.Pieces.Count > 0 ? last.Pieces[^1].Style.Size : 10;
        // One area over every line of the entry, from the title's start to the number's end.
        context.LinkToDestination(new Rect(0, 0, available.Width, top + last.Height), destination, description);
        context.DrawLater(later =>
        {
            var block = number(later.Pages.PageOf(destination)?.ToString() ?? "");
            var digits = block.Text.Lines(numberWidth) is [var line, ..] ? line.Width : 0;
            // The dots (decoration) before the number, so the number is a marked run of its own: read apart from
            // the title, not run into its last word.
            Dots(later, last.Width, available.Width - digits, top + last.Baseline, size);
            using (later.Translate(available.Width - numberWidth, top))
                block.Draw(new Size(numberWidth, last.Height), later);
        });
        if (Tag is not null)
            context.EndTag();
        _done = true;
    }

    /// <summary>Dots at a fixed pitch from the title's end to the number, a pitch clear of both.</summary>
    private void Dots(DrawContext context, float from, float to, float baseline, float size)
    {
        var pitch = size * 0.5f;
        var dot = Math.Max(0.8f, size * 0.12f);
        // On a grid from the left edge, so the dots of one entry line up under those of the next.
        var first = MathF.Ceiling((from + pitch) / pitch) * pitch;
        var last = MathF.Floor((to - pitch) / pitch) * pitch;
        if (last >= first)
            context.DrawDots(first, last, baseline - dot / 2, pitch, dot, dots);
    }

    private float TitleWidth(float width) => Math.Max(1, width - numberWidth);

    protected override void ResetCore()
    {
        _done = false;
        title.Reset();
    }
}
