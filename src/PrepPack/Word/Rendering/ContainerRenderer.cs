using Markdig.Extensions.CustomContainers;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>
/// A <c>:::</c> container as a box: a one-cell table in the box's table style (fill, border, inner space);
/// a page break; or a section's content.
/// </summary>
internal sealed class ContainerRenderer : WordBlockRenderer<CustomContainer>
{
    protected override IEnumerable<BodyBlock> Write(CustomContainer block, WordRenderer renderer)
    {
        var name = ClassNames.Name(block);
        if (PageBreaks.Is(block))
        {
            yield return BodyParagraph.PageBreak();
            yield break;
        }
        if (ClassNames.IsContents(block))
            yield break;
        // A section at the top level starts a Word section (MarkdownWord); one inside a box shows its content in place.
        if (DocumentSections.IsSection(block))
        {
            foreach (var element in renderer.Blocks(block))
                yield return element;
            yield break;
        }
        // A class the theme does not style is drawn as a plain box, as the PDF draws it.
        var style = StyleIds.Box(renderer.Theme.Boxes.ContainsKey(name) ? name : null);
        var content = renderer.With(StyleIds.BoxText, () => renderer.Blocks(block).ToList());
        // Word needs a cell to end with a paragraph.
        if (content.Count == 0 || content[^1] is not BodyParagraph)
            content.Add(new BodyParagraph());
        var row = new BodyRow(isHeader: false);
        row.Cells.Add(new BodyCell(5000, percent: true, null, content));
        yield return new BodyTable
        {
            Style = style,
            Grid = [renderer.TextWidth],
            Rows = [row],
        };
        yield return new BodyParagraph { SpaceAfter = 0 };
    }
}
