using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>
/// A link in the theme's link colour: <c>[matrix](#matrix)</c> jumps to the heading's bookmark,
/// a full address opens in the browser. A link to anything else, and an image, is a warning.
/// </summary>
internal sealed class LinkInlineRenderer : WordInlineRenderer<LinkInline>
{
    protected override void Write(LinkInline inline, RunWriter writer)
    {
        var renderer = writer.Renderer;
        if (inline.IsImage)
        {
            renderer.Unsupported.Image(inline);
            return;
        }
        var url = inline.Url ?? "";
        if (url.StartsWith('#') || Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            var runs = writer.Collect(
                () => writer.WriteChildren(inline),
                writer.Format with
                {
                    Color = renderer.Theme.Colors.Link.Hex,
                }
            );
            writer.Add(renderer.Link(url, runs));
            return;
        }
        renderer.Unsupported.RelativeLink(inline);
        writer.WriteChildren(inline);
    }
}
