using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>A paragraph; a paragraph that says only <c>\newpage</c> is a page break.</summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override Element? Write(ParagraphBlock block, ElementRenderer renderer)
    {
        if (PageBreaks.Is(block)) return new PageBreak();
        var align = ClassNames.Of(block) switch
        {
            var c when c.Contains(ClassNames.Center) => Layout.Text.TextAlign.Center,
            var c when c.Contains(ClassNames.Right) => Layout.Text.TextAlign.Right,
            var c when c.Contains(ClassNames.Left) => Layout.Text.TextAlign.Left,
            _ => renderer.Align,
        };
        var style = ClassNames.Has(block, ClassNames.Small) ? renderer.Current with { Size = renderer.Styles.Small.Size } : renderer.Current;
        return renderer.Paragraph(renderer.Spans(block.Inline, style), style, align, block, "paragraph");
    }
}
