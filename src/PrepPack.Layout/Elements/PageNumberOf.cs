using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// The page a destination (a heading) lands on, as a contents line shows it. It takes one line of
/// a fixed width whatever the number, so the number changes nothing around it: it is drawn once
/// the whole document is laid out and every page is known, and one layout pass is enough.
/// </summary>
/// <param name="make">The text block for a page number ("" when the destination is on no page), in the style it is
/// drawn in.</param>
public sealed class PageNumberOf(string destination, Func<string, TextBlock> make) : Element
{
    private readonly TextBlock _sample = make("0");

    protected override SpacePlan MeasureCore(Size available)
    {
        var height = _sample.Text.Lines(available.Width) is [var line, ..] ? line.Height : 0;
        return height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, height) : SpacePlan.Wrap();
    }

    protected override void DrawCore(Size available, DrawContext context) =>
        context.DrawLater(later => make(later.Pages.PageOf(destination)?.ToString() ?? "").Draw(available, later));
}
