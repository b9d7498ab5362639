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
        var align = ElementRenderer.Classes(block) switch
        {
            var c when c.Contains("center") => Layout.Text.TextAlign.Center,
            var c when c.Contains("right") => Layout.Text.TextAlign.Right,
            var c when c.Contains("left") => Layout.Text.TextAlign.Left,
            _ => renderer.Align,
        };
        var style = ElementRenderer.Classes(block).Contains("small") ? renderer.Current with { Size = renderer.Styles.Small.Size } : renderer.Current;
        return renderer.Paragraph(renderer.Spans(block.Inline, style), style, align, block, "paragraph");
    }
}
