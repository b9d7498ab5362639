using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;

namespace PrepPack.Pdf.Rendering;

/// <summary>A block quote: a bar on the left, muted italic text; it may run over a page break.</summary>
internal sealed class QuoteRenderer : BlockRenderer<QuoteBlock>
{
    protected override Element? Write(QuoteBlock block, ElementRenderer renderer)
    {
        var style = renderer.Current with { Color = renderer.Theme.Colors.Muted.ToLayout(), Italic = true };
        var body = renderer.With(style, () => renderer.Column(block, renderer.Theme.Spacing.Paragraph));
        var box = new BoxStyle
        {
            LeftBar = renderer.Theme.Colors.QuoteBar.ToLayout(),
            Padding = new Thickness(renderer.Theme.Spacing.ListIndent / 2, 1, 0, 1),
            KeepTogether = false,
        };
        return new Box(body, box)
        {
            Source = renderer.Describe(block, "quote"),
            Origin = renderer.At(block),
            Tag = new StructureTag(StructureRoles.Quote),
        };
    }
}
