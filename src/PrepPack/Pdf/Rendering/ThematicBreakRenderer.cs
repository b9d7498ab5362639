using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;

namespace PrepPack.Pdf.Rendering;

/// <summary>A thematic break (---): a thin line across the column.</summary>
internal sealed class ThematicBreakRenderer : BlockRenderer<ThematicBreakBlock>
{
    protected override Element? Write(ThematicBreakBlock block, ElementRenderer renderer) =>
        new Rule(renderer.Theme.Colors.Rule.ToLayout(), 0.75f, renderer.Theme.Spacing.Paragraph / 2);
}
