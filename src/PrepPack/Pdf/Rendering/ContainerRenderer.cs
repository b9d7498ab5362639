using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A <c>:::</c> container: a box styled by its class from the theme (<c>::: card</c>,
/// <c>::: callout</c>), or one of the special ones: <c>::: toc</c> (the contents),
/// <c>::: pagebreak</c> and <c>::: section</c> (its content, unboxed). A <c>::: cover</c> box is
/// also the one thing on its page without a header or footer; a <c>::: cardface</c> box is a
/// card's page, with its <c>{.foot}</c> lines at the foot.
/// </summary>
internal sealed class ContainerRenderer : BlockRenderer<CustomContainer>
{
    protected override Element? Write(CustomContainer block, ElementRenderer renderer)
    {
        var name = ClassNames.Name(block);
        if (ClassNames.IsContents(block))
            return ContentsRenderer.Render(block, renderer);
        if (PageBreaks.Is(block))
            return new PageBreak();
        // A section at the top level has pages of its own (DocumentSections); one inside a box shows its content in
        // place.
        if (DocumentSections.IsSection(block))
            return renderer.Column(block, renderer.Theme.Spacing.Paragraph);
        var classes = ClassNames.Of(block);
        var style = renderer.Theme.Box(name.Length > 0 ? name : classes.FirstOrDefault()).ToLayout();
        var spacing = renderer.Theme.Spacing.Paragraph / 2;
        Element body = renderer.Column(block.Where(b => !IsFoot(name, b)), spacing);
        // A card's page: its {.foot} line sits at the foot of the card, not under the last bullet.
        if (block.Any(b => IsFoot(name, b)))
            // At least a blank line of the card's type between the last bullet and the foot line.
            body = new PinnedFoot(
                body,
                renderer.Column(block.Where(b => IsFoot(name, b)), spacing),
                renderer.Theme.Sizes.Body * renderer.Theme.Spacing.LineHeight
            );
        var box = new Box(body, style)
        {
            Source = renderer.Describe(block, name.Length > 0 ? $"box '{name}'" : "box", FirstText(block)),
            Origin = renderer.At(block),
        };
        return name == ClassNames.Cover ? new PlainPage(box) { Source = box.Source, Origin = box.Origin } : box;
    }

    private static bool IsFoot(string container, Block block) =>
        container == ClassNames.CardFace && ClassNames.Has(block, ClassNames.Foot);

    private static string? FirstText(CustomContainer block) =>
        block
            .Descendants<Markdig.Syntax.LeafBlock>()
            .Select(l => l.Inline?.FirstChild?.ToString())
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
}
