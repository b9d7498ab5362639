using Markdig.Syntax;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A thematic break: an empty paragraph in the Horizontal Rule style, which draws a line under it.</summary>
internal sealed class ThematicBreakRenderer : WordBlockRenderer<ThematicBreakBlock>
{
    protected override IEnumerable<BodyBlock> Write(ThematicBreakBlock block, WordRenderer renderer)
    {
        yield return new BodyParagraph { Style = StyleIds.Rule };
    }
}
