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

    // What each bullet is called in a tagged list's numbering attribute (ISO 32000-1, 14.8.5.5).
    private static readonly string[] BulletNames = ["Disc", "Circle", "Square"];

    protected override Element? Write(ListBlock block, ElementRenderer renderer)
    {
        var depth = Depth(block);
        var number = int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
            ? start
            : 1;
        var items = new List<Element>();
        foreach (var item in block.OfType<ListItemBlock>())
        {
            var text = block.IsOrdered ? $"{number++}{block.OrderedDelimiter}" : Bullets[depth % Bullets.Length];
            var marker = renderer.Paragraph(
                [new TextSpan(text, renderer.Current)],
                renderer.Current,
                TextAlign.Left,
                item,
                "list marker"
            );
            var body = renderer.Column(item, renderer.Theme.Spacing.ListItem);
            // An item of one paragraph reads as its body alone: no paragraph element inside it.
            if (item.Count == 1 && item[0] is ParagraphBlock && body.Children is [TextBlock only])
                only.Tag = null;
            var tag = new StructureTag(StructureRoles.ListItem);
            var source = renderer.Describe(item, "list item");
            items.Add(
                new ListItem(marker, body, renderer.Theme.Spacing.ListIndent)
                {
                    Source = source,
                    Tag = tag,
                    MarkerRead = block.IsOrdered,
                }
            );
        }
        return new Column(items, renderer.Theme.Spacing.ListItem)
        {
            Source = renderer.Describe(block, "list"),
            Tag = new StructureTag(StructureRoles.List)
            {
                ListNumbering = block.IsOrdered ? "Decimal" : BulletNames[depth % BulletNames.Length],
            },
            KeepLastWithPrevious = true,
        };
    }

    private static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is ListBlock)
                depth++;
        return depth;
    }
}
