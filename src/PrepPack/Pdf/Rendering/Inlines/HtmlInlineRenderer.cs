using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>Inline HTML prints nothing: a comment silently, a tag with a warning.</summary>
internal sealed class HtmlInlineRenderer : InlineRenderer<HtmlInline>
{
    protected override void Write(HtmlInline inline, SpanWriter writer) => writer.Renderer.Unsupported.Html(inline);
}
