using Markdig.Extensions.CustomContainers;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A <c>:::</c> container as a shaded box: a one-cell table with the theme's background and border; a page break; or a section's content.</summary>
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
        if (ClassNames.IsContents(block)) yield break;
        // A section at the top level starts a Word section (MarkdownWord); one inside a box shows its content in place.
        if (DocumentSections.IsSection(block))
        {
            foreach (var element in renderer.Blocks(block)) yield return element;
            yield break;
        }
        var style = renderer.Theme.Box(name.Length > 0 ? name : null);
        var fill = style.Background is { } b ? WordStyles.Hex(b) : "F1F3F5";
        var line = WordStyles.Hex(style.Border ?? style.LeftBar ?? renderer.Theme.Colors.Rule);
        var content = renderer.With(StyleIds.BoxText, () => renderer.Blocks(block).ToList());
        // Word needs a cell to end with a paragraph.
        if (content.Count == 0 || content[^1] is not BodyParagraph) content.Add(new BodyParagraph());
        var row = new BodyRow(isHeader: false);
        row.Cells.Add(new BodyCell(5000, percent: true, fill, content));
        yield return new BodyTable { Borders = (line, style.LeftBar is null ? 6 : 24), Grid = [renderer.TextWidth], Rows = [row] };
        yield return new BodyParagraph { SpaceAfter = 0 };
    }
}
