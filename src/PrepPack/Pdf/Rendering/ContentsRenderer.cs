using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// The contents: one line per heading, indented by level, with the page number the previous
/// layout pass found for it. Both the title and the number link to the heading.
/// </summary>
internal static class ContentsRenderer
{
    public static Element Render(Block block, ElementRenderer renderer)
    {
        // Made again on each layout pass, with that pass's numbers, in the style of where it stands.
        var current = renderer.Current;
        return new PageNumbered(() => Lines(block, renderer, current)) { Source = renderer.Describe(block, "contents") };
    }

    private static Column Lines(Block block, ElementRenderer renderer, TextStyle current)
    {
        var lines = new List<Element>();
        var numberWidth = renderer.Styles.Body.Size * 3;
        foreach (var entry in renderer.Contents.Where(e => e.Level <= renderer.Settings.TocDepth))
        {
            var link = "#" + entry.Destination;
            var style = current with { Link = link, Bold = entry.Level == 1 };
            var page = renderer.Pages.PageOf(entry.Destination)?.ToString() ?? "";
            var title = renderer.Paragraph([new TextSpan(entry.Title, style) { Origin = entry.At }], style, TextAlign.Start, block, "contents line");
            var number = renderer.Paragraph([new TextSpan(page, style)], style, TextAlign.Right, block, "contents page number");
            var indent = (entry.Level - 1) * renderer.Theme.Spacing.ListIndent;
            var row = new Row([(new Spacer(0), indent), (title, null), (number, numberWidth)]);
            lines.Add(row);
        }
        return new Column(lines, renderer.Theme.Spacing.ListItem) { Source = renderer.Describe(block, "contents") };
    }
}
