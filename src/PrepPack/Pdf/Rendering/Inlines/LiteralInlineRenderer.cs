using Markdig.Syntax.Inlines;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>Plain text, in the style around it.</summary>
internal sealed class LiteralInlineRenderer : InlineRenderer<LiteralInline>
{
    protected override void Write(LiteralInline inline, SpanWriter writer) =>
        writer.Add(RangeDashes.Apply(inline.Content.ToString()));
}
