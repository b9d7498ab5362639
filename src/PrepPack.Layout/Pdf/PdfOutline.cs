using System.Globalization;
using System.Text;
using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// The outline (bookmarks) as PDF objects: a root, and one item per entry nested by level, each
/// opening its page at the heading's height. Every item is open, so each story shows at once.
/// </summary>
internal static class PdfOutline
{
    /// <summary>Adds the outline's objects to the update and returns the root's object number.</summary>
    public static int Add(PdfObjects update, IReadOnlyList<(OutlineEntry Entry, string Page, float Top)> bookmarks)
    {
        var root = new Item(null, 0, "", 0) { Number = update.Reserve() };
        var open = new Stack<Item>([root]);
        foreach (var (entry, page, top) in bookmarks)
        {
            while (open.Peek().Level >= entry.Level)
                open.Pop();
            var item = new Item(entry.Title.Trim(), entry.Level, page, top)
            {
                Number = update.Reserve(),
                Parent = open.Peek(),
            };
            open.Peek().Children.Add(item);
            open.Push(item);
        }
        Write(update, root);
        return root.Number;
    }

    private static void Write(PdfObjects update, Item item)
    {
        var value = new StringBuilder("<<");
        if (item.Parent is null)
            value.Append("/Type/Outlines");
        else
        {
            value.Append("/Title").Append(PdfTextString.Encode(item.Title!));
            value.Append(CultureInfo.InvariantCulture, $"/Parent {item.Parent.Number} 0 R");
            var siblings = item.Parent.Children;
            var index = siblings.IndexOf(item);
            if (index > 0)
                value.Append(CultureInfo.InvariantCulture, $"/Prev {siblings[index - 1].Number} 0 R");
            if (index < siblings.Count - 1)
                value.Append(CultureInfo.InvariantCulture, $"/Next {siblings[index + 1].Number} 0 R");
            // Null left and zoom keep the reader's; only the height moves, to the heading.
            value.Append(CultureInfo.InvariantCulture, $"/Dest[{item.Page}/XYZ null {item.Top:0.###} null]");
        }
        if (item.Children.Count > 0)
            value.Append(
                CultureInfo.InvariantCulture,
                $"/First {item.Children[0].Number} 0 R/Last {item.Children[^1].Number} 0 R/Count "
                    + $"{item.Descendants}"
            );
        update.Set(item.Number, value.Append(">>").ToString());
        foreach (var child in item.Children)
            Write(update, child);
    }

    private sealed class Item(string? title, int level, string page, float top)
    {
        public string? Title => title;
        public int Level => level;
        public string Page => page;
        public float Top => top;
        public int Number { get; init; }
        public Item? Parent { get; init; }
        public List<Item> Children { get; } = [];

        /// <summary>All items below, every one open: the /Count of an open item.</summary>
        public int Descendants => Children.Sum(c => 1 + c.Descendants);
    }
}
