using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// The contents: one entry per heading, indented by level, with dots leading to the page the
/// heading lands on (on the entry's last line), filled in once the layout is done. The entry,
/// title to number, is one link to the heading.
/// </summary>
internal static class ContentsRenderer
{
    public static Element Render(Block block, ElementRenderer renderer)
    {
        var lines = new List<Element>();
        var numberWidth = renderer.Styles.Body.Size * 3;
        foreach (var entry in renderer.Contents.Where(e => e.Level <= renderer.Settings.TocDepth))
        {
            var style = renderer.Current with { Bold = entry.Level == 1 };
            // A contents line is one item (TOCI) to a screen reader: a reference to its heading, one link there
            // that reads the title and the page number.
            var title = renderer.Paragraph(
                [new TextSpan(entry.Title, style) { Origin = entry.At }],
                style,
                TextAlign.Start,
                block,
                "contents line"
            );
            title.Tag = null;
            TextBlock Number(string page)
            {
                var text = renderer.Paragraph(
                    [new TextSpan(page, style)],
                    style,
                    TextAlign.Right,
                    block,
                    "contents page number"
                );
                text.Tag = null;
                return text;
            }
            var indent = (entry.Level - 1) * renderer.Theme.Spacing.ListIndent;
            var line = new LeaderLine(
                title,
                entry.Destination,
                Number,
                numberWidth,
                renderer.Theme.Colors.Muted.ToLayout(),
                entry.Title
            )
            {
                Tag = new StructureTag(StructureRoles.Reference),
            };
            lines.Add(
                new Column([new Row([(new Spacer(0), indent), (line, null)])])
                {
                    Tag = new StructureTag(StructureRoles.ContentsItem),
                }
            );
        }
        return new Column(lines, renderer.Theme.Spacing.ListItem)
        {
            Source = renderer.Describe(block, "contents"),
            Tag = new StructureTag(StructureRoles.Contents),
        };
    }
}
