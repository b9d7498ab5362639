using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>Inline HTML prints nothing: a comment silently, a tag with a warning.</summary>
internal sealed class HtmlInlineRenderer : WordInlineRenderer<HtmlInline>
{
    protected override void Write(HtmlInline inline, RunWriter writer) => writer.Renderer.Unsupported.Html(inline);
}
