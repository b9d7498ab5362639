using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Word.Rendering;

/// <summary>A paragraph; <c>\newpage</c> alone is a page break; <c>{.small}</c> and <c>{.center}</c> choose style and alignment.</summary>
internal sealed class ParagraphRenderer : WordBlockRenderer<ParagraphBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(ParagraphBlock block, WordRenderer renderer)
    {
        if (PageBreaks.Is(block))
        {
            yield return PageBreak();
            yield break;
        }
        var classes = ClassNames.Of(block);
        var style = classes.Contains(ClassNames.Small) ? StyleIds.Small : null;
        JustificationValues? align = classes.Contains(ClassNames.Center) ? JustificationValues.Center : classes.Contains(ClassNames.Right) ? JustificationValues.Right : null;
        yield return renderer.Paragraph(renderer.Runs(block.Inline), style, align);
    }

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));
}
