using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A <c>:::</c> container: a box styled by its class from the theme (<c>::: card</c>,
/// <c>::: callout</c>), or one of the special ones: <c>::: toc</c> (the contents) and
/// <c>::: pagebreak</c>.
/// </summary>
internal sealed class ContainerRenderer : BlockRenderer<CustomContainer>
{
    protected override Element? Write(CustomContainer block, ElementRenderer renderer)
    {
        var name = ClassNames.Name(block);
        if (ClassNames.IsContents(block)) return ContentsRenderer.Render(block, renderer);
        if (PageBreaks.Is(block)) return new PageBreak();
        var classes = ClassNames.Of(block);
        var style = renderer.Theme.Box(name.Length > 0 ? name : classes.FirstOrDefault()).ToLayout();
        var body = renderer.Column(block, renderer.Theme.Spacing.Paragraph / 2);
        return new Box(body, style) { Source = renderer.Describe(block, name.Length > 0 ? $"box '{name}'" : "box", FirstText(block)), Origin = renderer.At(block) };
    }

    private static string? FirstText(CustomContainer block) =>
        block.Descendants<Markdig.Syntax.LeafBlock>().Select(l => l.Inline?.FirstChild?.ToString()).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}
