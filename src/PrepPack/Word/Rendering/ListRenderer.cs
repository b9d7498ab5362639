using System.Globalization;
using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace PrepPack.Word.Rendering;

/// <summary>Bullet and numbered lists as Word numbering, nested lists one level deeper.</summary>
internal sealed class ListRenderer : WordBlockRenderer<ListBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(ListBlock block, WordRenderer renderer)
    {
        var level = block.Parent is ListItemBlock ? (renderer.ItemLevel ?? -1) + 1 : 0;
        var start = int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var list = renderer.Numbering.NewList(block.IsOrdered, start);
        var style = block.IsOrdered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var elements = new List<OpenXmlElement>();
        var savedLevel = renderer.ItemLevel;
        foreach (var item in block.OfType<ListItemBlock>())
        {
            renderer.PendingItem = (list, level);
            renderer.ItemLevel = level;
            var saved = renderer.ParagraphStyle;
            renderer.ParagraphStyle = style;
            elements.AddRange(renderer.Blocks(item));
            renderer.ParagraphStyle = saved;
            renderer.PendingItem = null;
        }
        renderer.ItemLevel = savedLevel;
        return elements;
    }
}
