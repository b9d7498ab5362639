using Markdig.Syntax;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A paragraph; <c>\newpage</c> alone is a page break; <c>{.small}</c> and <c>{.center}</c> choose style and
/// alignment.</summary>
internal sealed class ParagraphRenderer : WordBlockRenderer<ParagraphBlock>
{
    protected override IEnumerable<BodyBlock> Write(ParagraphBlock block, WordRenderer renderer)
    {
        if (PageBreaks.Is(block))
        {
            yield return BodyParagraph.PageBreak();
            yield break;
        }
        var classes = ClassNames.Of(block);
        var style = classes.Contains(ClassNames.Small) ? StyleIds.Small : null;
        var align =
            classes.Contains(ClassNames.Center) ? "center"
            : classes.Contains(ClassNames.Right) ? "right"
            : null;
        yield return renderer.Paragraph(renderer.Runs(block.Inline), style, align);
    }
}
