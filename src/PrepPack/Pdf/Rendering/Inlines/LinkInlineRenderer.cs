using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>
/// A link in the theme's link colour: <c>[matrix](#matrix)</c> jumps to the heading inside the
/// PDF, a full address opens in the browser. A link to anything else, and an image, is a warning.
/// </summary>
internal sealed class LinkInlineRenderer : InlineRenderer<LinkInline>
{
    protected override void Write(LinkInline inline, SpanWriter writer)
    {
        var unsupported = writer.Renderer.Unsupported;
        if (inline.IsImage)
        {
            unsupported.Image(inline);
            return;
        }
        var url = inline.Url ?? "";
        if (url.StartsWith('#') || Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            writer.WriteChildren(
                inline,
                writer.Style with
                {
                    Link = url,
                    Color = writer.Renderer.Theme.Colors.Link.ToLayout(),
                }
            );
            return;
        }
        unsupported.RelativeLink(inline);
        writer.WriteChildren(inline);
    }
}
