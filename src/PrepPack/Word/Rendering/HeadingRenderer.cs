using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A heading in the Heading 1-3 styles (Title for <c>{.title}</c>), bookmarked by its id.</summary>
internal sealed class HeadingRenderer : WordBlockRenderer<HeadingBlock>
{
    protected override IEnumerable<BodyBlock> Write(HeadingBlock block, WordRenderer renderer)
    {
        var attributes = block.TryGetAttributes();
        var style = ClassNames.Has(block, ClassNames.Title) ? StyleIds.Title : StyleIds.Heading(block.Level);
        var paragraph = renderer.Paragraph(renderer.Runs(block.Inline), style);
        if (attributes?.Id is { Length: > 0 } id)
            paragraph.Bookmark = renderer.Bookmark(id);
        yield return paragraph;
    }
}
