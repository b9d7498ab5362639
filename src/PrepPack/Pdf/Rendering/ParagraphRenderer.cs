using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;

namespace PrepPack.Pdf.Rendering;

/// <summary>A paragraph; a paragraph that says only <c>\newpage</c> is a page break.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override Element? Write(ParagraphBlock block, ElementRenderer renderer)
    {
        if (Templates.PageBreaks.Is(block)) return new PageBreak();
        var spans = InlineSpans.From(block.Inline, renderer.Current, renderer.Theme, renderer.Styles);
        var align = ElementRenderer.Classes(block) switch
        {
            var c when c.Contains("center") => Layout.Text.TextAlign.Center,
            var c when c.Contains("right") => Layout.Text.TextAlign.Right,
            var c when c.Contains("left") => Layout.Text.TextAlign.Left,
            _ => renderer.Align,
        };
        var style = ElementRenderer.Classes(block).Contains("small") ? renderer.Current with { Size = renderer.Styles.Small.Size } : renderer.Current;
        if (!ReferenceEquals(style, renderer.Current))
            spans = InlineSpans.From(block.Inline, style, renderer.Theme, renderer.Styles);
        return renderer.Paragraph(spans, style, align, block, "paragraph");
    }
}
