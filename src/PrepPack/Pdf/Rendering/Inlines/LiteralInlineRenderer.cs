using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>Plain text, in the style around it.</summary>
internal sealed class LiteralInlineRenderer : InlineRenderer<LiteralInline>
{
    protected override void Write(LiteralInline inline, SpanWriter writer) => writer.Add(inline.Content.ToString());
}
