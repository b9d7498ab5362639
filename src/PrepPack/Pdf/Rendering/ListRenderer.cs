using System.Globalization;
using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Rendering;

/// <summary>Bullet and numbered lists, nested to any depth, each item's marker in the indent; the
/// last item never goes to a page alone.</summary>
internal sealed class ListRenderer : BlockRenderer<ListBlock>
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    protected override Element? Write(ListBlock block, ElementRenderer renderer)
    {
        var depth = Depth(block);
        var number = int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var items = new List<Element>();
        foreach (var item in block.OfType<ListItemBlock>())
        {
            var text = block.IsOrdered ? $"{number++}{block.OrderedDelimiter}" : Bullets[depth % Bullets.Length];
            var marker = renderer.Paragraph([new TextSpan(text, renderer.Current)], renderer.Current, TextAlign.Left, item, "list marker");
            var body = renderer.Column(item, renderer.Theme.Spacing.ListItem);
            items.Add(new ListItem(marker, body, renderer.Theme.Spacing.ListIndent) { Source = renderer.Describe(item, "list item") });
        }
        return new Column(items, renderer.Theme.Spacing.ListItem)
        {
            Source = renderer.Describe(block, "list"), KeepLastWithPrevious = true,
        };
    }

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is ListBlock) depth++;
        return depth;
    }
}
