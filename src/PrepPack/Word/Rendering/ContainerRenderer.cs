using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.CustomContainers;
using PrepPack.Markdown;

namespace PrepPack.Word.Rendering;

/// <summary>A <c>:::</c> container as a shaded box: a one-cell table with the theme's background and border; a page break; or a section's content.</summary>
internal sealed class ContainerRenderer : WordBlockRenderer<CustomContainer>
{
    protected override IEnumerable<OpenXmlElement> Write(CustomContainer block, WordRenderer renderer)
    {
        var name = ClassNames.Name(block);
        if (PageBreaks.Is(block))
        {
            yield return ParagraphRenderer.PageBreak();
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
        if (content.Count == 0 || content[^1] is not Paragraph) content.Add(new Paragraph());
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 6, Color = line }, new LeftBorder { Val = BorderValues.Single, Size = style.LeftBar is null ? 6u : 24u, Color = line },
            new BottomBorder { Val = BorderValues.Single, Size = 6, Color = line }, new RightBorder { Val = BorderValues.Single, Size = 6, Color = line });
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill }));
        cell.Append(content);
        yield return new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, borders),
            new TableGrid(new GridColumn { Width = renderer.TextWidth.ToString() }),
            new TableRow(new TableRowProperties(new CantSplit()), cell));
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
    }
}
