using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>An entity such as <c>&amp;nbsp;</c>: the character it stands for.</summary>
internal sealed class HtmlEntityInlineRenderer : InlineRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlEntityInline inline, SpanWriter writer) =>
        writer.Add(inline.Transcoded.ToString());
}
