using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PrepPack.Tests.Support;

/// <summary>
/// The body of a Word document as text, for golden files: one line per paragraph (its style and
/// paragraph settings, then each run's formatting and text), tables as rows of cells with their
/// paragraphs indented below, hyperlinks with their targets, breaks and bookmarks. Only what the
/// writer decides is shown, so a diff reads as a change in what a reader of the document sees.
/// </summary>
internal static class WordDump
{
    public static string Write(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var output = new StringBuilder();
        foreach (var element in main.Document!.Body!.ChildElements)
            Block(element, main, output, 0);
        return output.ToString();
    }

    private static void Block(OpenXmlElement element, MainDocumentPart main, StringBuilder output, int depth)
    {
        var indent = new string(' ', depth * 2);
        switch (element)
        {
            case Paragraph paragraph:
                output.Append(indent).AppendLine(Paragraph(paragraph, main));
                break;
            case Table table:
                var properties = table.GetFirstChild<TableProperties>();
                var grid = table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Select(c => c.Width?.Value) ?? [];
                output
                    .Append(indent)
                    .AppendLine(
                        $"table {properties?.TableStyle?.Val?.Value ?? "(no style)"} grid {string.Join(",", grid)}"
                    );
                foreach (var row in table.Elements<TableRow>())
                {
                    var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is not null ? " header" : "";
                    output.Append(indent).AppendLine($"  row{header}");
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        var fill = cell.TableCellProperties?.Shading?.Fill?.Value is { } f ? $" shd={f}" : "";
                        output.Append(indent).AppendLine($"    cell{fill}");
                        foreach (var child in cell.ChildElements.Where(c => c is not TableCellProperties))
                            Block(child, main, output, depth + 3);
                    }
                }
                break;
            case SectionProperties section:
                var size = section.GetFirstChild<PageSize>();
                var margin = section.GetFirstChild<PageMargin>();
                output
                    .Append(indent)
                    .AppendLine(
                        $"section {size?.Width?.Value}x{size?.Height?.Value} margins "
                            + $"{margin?.Top?.Value},{margin?.Right?.Value},"
                            + $"{margin?.Bottom?.Value},{margin?.Left?.Value}"
                    );
                break;
            default:
                output.Append(indent).AppendLine("? " + element.LocalName);
                break;
        }
    }

    private static string Paragraph(Paragraph paragraph, MainDocumentPart main)
    {
        var properties = paragraph.ParagraphProperties;
        var line = new StringBuilder(properties?.ParagraphStyleId?.Val?.Value ?? "(no style)");
        if (properties?.KeepNext is not null)
            line.Append(" keep-next");
        if (properties?.PageBreakBefore is not null)
            line.Append(" page-break-before");
        if (properties?.NumberingProperties is { } numbering)
            line.Append($" num={numbering.NumberingId?.Val?.Value}/{numbering.NumberingLevelReference?.Val?.Value}");
        if (properties?.Indentation?.Left?.Value is { } left)
            line.Append($" ind={left}");
        if (properties?.Justification?.Val is { } justification)
            line.Append($" jc={justification.InnerText}");
        if (properties?.ParagraphBorders?.BottomBorder is not null)
            line.Append(" border-bottom");
        if (properties?.SpacingBetweenLines?.Before?.Value is { } before)
            line.Append($" before={before}");
        if (properties?.SpacingBetweenLines?.After?.Value is { } after)
            line.Append($" after={after}");
        if (properties?.SpacingBetweenLines?.Line?.Value is { } height)
            line.Append($" line={height}");
        if (properties?.ParagraphMarkRunProperties?.GetFirstChild<FontSize>()?.Val?.Value is { } mark)
            line.Append($" mark-sz={mark}");
        line.Append(" |");
        foreach (var child in paragraph.ChildElements.Where(c => c is not ParagraphProperties))
            Inline(child, main, line);
        return line.ToString();
    }

    private static void Inline(OpenXmlElement element, MainDocumentPart main, StringBuilder line)
    {
        switch (element)
        {
            case Run run:
                line.Append(' ');
                if (Formatting(run.RunProperties) is { Length: > 0 } formatting)
                    line.Append('[').Append(formatting).Append(']');
                foreach (var part in run.ChildElements.Where(c => c is not RunProperties))
                    line.Append(
                        part switch
                        {
                            Text text => Quote(text.Text),
                            Break { Type.Value: var type } when type == BreakValues.Page => "<page>",
                            Break => "<br>",
                            TabChar => "<tab>",
                            _ => $"<{part.LocalName}>",
                        }
                    );
                break;
            case Hyperlink link:
                var target = link.Anchor?.Value is { } anchor
                    ? "#" + anchor
                    : main.HyperlinkRelationships.FirstOrDefault(r => r.Id == link.Id?.Value)?.Uri.ToString() ?? "?";
                line.Append($" <link {target}");
                foreach (var child in link.ChildElements)
                    Inline(child, main, line);
                line.Append(" >");
                break;
            case BookmarkStart bookmark:
                line.Append($" <bookmark {bookmark.Name?.Value}>");
                break;
            case BookmarkEnd:
                break;
            case SimpleField field:
                line.Append($" <field{field.Instruction?.Value}>");
                break;
            default:
                line.Append($" <{element.LocalName}>");
                break;
        }
    }

    private static string Formatting(RunProperties? properties)
    {
        if (properties is null)
            return "";
        var parts = new List<string>();
        if (properties.RunStyle?.Val?.Value is { } style)
            parts.Add("style=" + style);
        if (properties.RunFonts?.Ascii?.Value is { } font)
            parts.Add($"font={font}");
        if (properties.Bold is not null)
            parts.Add("b");
        if (properties.Italic is not null)
            parts.Add("i");
        if (properties.Strike is not null)
            parts.Add("strike");
        if (properties.Color?.Val?.Value is { } color)
            parts.Add("color=" + color);
        if (properties.FontSize?.Val?.Value is { } size)
            parts.Add("sz=" + size);
        if (properties.Highlight?.Val is { } highlight)
            parts.Add("highlight=" + highlight.InnerText);
        if (properties.Underline?.Val is { } underline)
            parts.Add("u=" + underline.InnerText);
        if (properties.Shading?.Fill?.Value is { } fill)
            parts.Add("shd=" + fill);
        if (properties.VerticalTextAlignment?.Val is { } position)
            parts.Add("vertAlign=" + position.InnerText);
        var known = new HashSet<Type>
        {
            typeof(RunStyle),
            typeof(RunFonts),
            typeof(Bold),
            typeof(Italic),
            typeof(Strike),
            typeof(Color),
            typeof(FontSize),
            typeof(Highlight),
            typeof(Underline),
            typeof(Shading),
            typeof(VerticalTextAlignment),
        };
        // Anything else is named, so a new property cannot slip past the golden file unseen.
        parts.AddRange(properties.ChildElements.Where(c => !known.Contains(c.GetType())).Select(c => c.LocalName));
        return string.Join(" ", parts);
    }

    private static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(
                c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ when char.IsControl(c) || c == '\u00A0' => $"\\u{(int)c:X4}",
                    _ => c.ToString(CultureInfo.InvariantCulture),
                }
            );
        return quoted.Append('"').ToString();
    }
}
