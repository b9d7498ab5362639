using Markdig.Syntax;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A thematic break: an empty paragraph with a line under it.</summary>
internal sealed class ThematicBreakRenderer : WordBlockRenderer<ThematicBreakBlock>
{
    protected override IEnumerable<BodyBlock> Write(ThematicBreakBlock block, WordRenderer renderer)
    {
        yield return new BodyParagraph { RuleBelow = WordStyles.Hex(renderer.Theme.Colors.Rule) };
    }
}
