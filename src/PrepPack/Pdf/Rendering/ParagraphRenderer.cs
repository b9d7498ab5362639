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
        var spans = InlineSpans.From(block.Inline, renderer.Current, renderer.Theme, renderer.Styles);
        var align = ClassNames.Of(block) switch
        {
            var c when c.Contains(ClassNames.Center) => Layout.Text.TextAlign.Center,
            var c when c.Contains(ClassNames.Right) => Layout.Text.TextAlign.Right,
            var c when c.Contains(ClassNames.Left) => Layout.Text.TextAlign.Left,
            _ => renderer.Align,
        };
        var style = ClassNames.Has(block, ClassNames.Small) ? renderer.Current with { Size = renderer.Styles.Small.Size } : renderer.Current;
        if (!ReferenceEquals(style, renderer.Current))
            spans = InlineSpans.From(block.Inline, style, renderer.Theme, renderer.Styles);
        return renderer.Paragraph(spans, style, align, block, "paragraph");
    }
}
