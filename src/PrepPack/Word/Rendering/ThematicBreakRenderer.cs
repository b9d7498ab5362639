using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace PrepPack.Word.Rendering;

/// <summary>A thematic break: an empty paragraph with a line under it.</summary>
internal sealed class ThematicBreakRenderer : WordBlockRenderer<ThematicBreakBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(ThematicBreakBlock block, WordRenderer renderer)
    {
        var color = WordStyles.Hex(renderer.Theme.Colors.Rule);
        yield return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Color = color, Space = 1 })));
    }
}
