using System.Globalization;
using Markdig.Syntax;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>Bullet and numbered lists as Word numbering, nested lists one level deeper.</summary>
internal sealed class ListRenderer : WordBlockRenderer<ListBlock>
{
    protected override IEnumerable<BodyBlock> Write(ListBlock block, WordRenderer renderer)
    {
        var level = block.Parent is ListItemBlock ? (renderer.ItemLevel ?? -1) + 1 : 0;
        var start = int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
            ? s
            : 1;
        var list = renderer.Numbering.NewList(block.IsOrdered, start);
        var style = block.IsOrdered ? StyleIds.ListNumber : StyleIds.ListBullet;
        var elements = new List<BodyBlock>();
        var surrounding = renderer.ParagraphStyle;
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
        if (level == 0 && elements.LastOrDefault() is BodyParagraph last)
            SpaceAfter(last, surrounding, style, renderer.Styles);
        return elements;
    }

    /// <summary>
    /// Items sit close together, but the list as a whole is spaced from what follows as a paragraph
    /// around it is, so the next paragraph (a STAR one-pager's Result) stands clear of the last item.
    /// </summary>
    private static void SpaceAfter(BodyParagraph last, string surrounding, string itemStyle, WordStyleSheet styles)
    {
        var after = styles.Metrics(surrounding).SpaceAfter;
        if (after <= styles.Metrics(itemStyle).SpaceAfter)
            return;
        last.SpaceAfter = (int)Math.Round(after * 20);
    }
}
