using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A paragraph; a paragraph that says only <c>\newpage</c> is a page break. A label paragraph
/// (only bold text, or ending with a colon) introduces what follows and is kept with it.
/// </summary>
internal sealed class ParagraphRenderer : BlockRenderer<ParagraphBlock>
{
    protected override Element? Write(ParagraphBlock block, ElementRenderer renderer)
    {
        if (PageBreaks.Is(block))
            return new PageBreak();
        var align = ClassNames.Of(block) switch
        {
            var c when c.Contains(ClassNames.Center) => Layout.Text.TextAlign.Center,
            var c when c.Contains(ClassNames.Right) => Layout.Text.TextAlign.Right,
            var c when c.Contains(ClassNames.Left) => Layout.Text.TextAlign.Left,
            _ => renderer.Align,
        };
        var style = ClassNames.Has(block, ClassNames.Small)
            ? renderer.Current with
            {
                Size = renderer.Styles.Small.Size,
            }
            : renderer.Current;
        return renderer.Paragraph(renderer.Spans(block.Inline, style), style, align, block, "paragraph");
    }

    /// <summary>Whether a paragraph is a label for what follows, like <c>**Likely follow-ups**</c> or
    /// "Steps:".</summary>
    public static bool IsLabel(ParagraphBlock block)
    {
        var inlines = block
            .Inline?.Where(i => i is not LineBreakInline && !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace()))
            .ToList()
            ?? [];
        if (inlines is [EmphasisInline { DelimiterCount: 2 }])
            return true;
        Inline? last = inlines.LastOrDefault();
        while (last is ContainerInline container)
            last = container.LastChild;
        return last is LiteralInline literal && literal.Content.AsSpan().TrimEnd().EndsWith(":");
    }
}
