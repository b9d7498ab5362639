using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Theming;

namespace PrepPack.Markdown;

/// <summary>
/// Cuts a document at its sections: <c>::: section {orientation=landscape margin=0.5in fit=one-page}</c>
/// at the top level starts pages set up its own way, and the page after it goes back to the
/// document's. A section always starts a new page, so page breaks next to one are dropped rather
/// than leave a blank page. A section inside another block cannot change the page: it is shown
/// as ordinary content, with a warning. Both writers read sections alike.
/// </summary>
public static class DocumentSections
{
    public static IReadOnlyList<DocumentSection> Split(
        MarkdownDocument document,
        string path,
        DiagnosticBag diagnostics
    )
    {
        foreach (
            var nested in document
                .Descendants<CustomContainer>()
                .Where(c => IsSection(c) && c.Parent is not MarkdownDocument)
        )
            diagnostics.Warning(
                At(path, nested),
                DiagnosticCodes.SectionInvalid,
                "This section is inside another block, so it cannot start pages of its own; its content is shown "
                    + "where it stands.",
                "Move '::: section' out to the top level of the template, outside any other ':::' block or list."
            );

        var sections = new List<DocumentSection>();
        var run = new List<Block>();
        foreach (var block in document)
        {
            if (block is CustomContainer container && IsSection(container))
            {
                if (WithoutEdgeBreaks(run) is { Count: > 0 } before)
                    sections.Add(new DocumentSection(before, null, null));
                run = [];
                sections.Add(
                    new DocumentSection(
                        WithoutEdgeBreaks(container.ToList()),
                        Read(container, path, diagnostics),
                        container
                    )
                );
            }
            else
                run.Add(block);
        }
        // Without sections the document is as written, a leading page break included.
        if (sections.Count == 0)
            return [new DocumentSection(run, null, null)];
        if (WithoutEdgeBreaks(run) is { Count: > 0 } after)
            sections.Add(new DocumentSection(after, null, null));
        return sections;
    }

    public static bool IsSection(CustomContainer container) => ClassNames.Name(container) == ClassNames.Section;

    private static List<Block> WithoutEdgeBreaks(List<Block> blocks)
    {
        var start = 0;
        var end = blocks.Count;
        while (start < end && (IsBreak(blocks[start]) || blocks[start] is LinkReferenceDefinitionGroup))
            start++;
        while (end > start && (IsBreak(blocks[end - 1]) || blocks[end - 1] is LinkReferenceDefinitionGroup))
            end--;
        return blocks[start..end];
    }

    private static bool IsBreak(Block block) =>
        block switch
        {
            ParagraphBlock paragraph => PageBreaks.Is(paragraph),
            HtmlBlock html => PageBreaks.Is(html),
            CustomContainer container => PageBreaks.Is(container),
            _ => false,
        };

    private static SectionSettings Read(CustomContainer container, string path, DiagnosticBag diagnostics)
    {
        var settings = new SectionSettings();
        var at = At(path, container);
        foreach (var (key, value) in container.TryGetAttributes()?.Properties ?? [])
        {
            var text = (value ?? "").Trim();
            switch (key.ToLowerInvariant())
            {
                case "orientation" when text.Equals("landscape", StringComparison.OrdinalIgnoreCase):
                    settings = settings with { Orientation = PageOrientation.Landscape };
                    break;
                case "orientation" when text.Equals("portrait", StringComparison.OrdinalIgnoreCase):
                    settings = settings with { Orientation = PageOrientation.Portrait };
                    break;
                case "margin" when PaperSize.ParseMargin(text) is { } margin:
                    settings = settings with { Margin = margin };
                    break;
                case "fit" when text.Equals("one-page", StringComparison.OrdinalIgnoreCase):
                    settings = settings with { Fit = FitMode.OnePage };
                    break;
                case "fit" when text.Equals("none", StringComparison.OrdinalIgnoreCase):
                    settings = settings with { Fit = FitMode.None };
                    break;
                case "justify" when bool.TryParse(text, out var justify):
                    settings = settings with { Justify = justify };
                    break;
                case "orientation" or "margin" or "fit" or "justify":
                    diagnostics.Error(
                        at,
                        DiagnosticCodes.SectionInvalid,
                        $"'{key}={text}' is not a setting a section understands.",
                        Example(key)
                    );
                    break;
                default:
                    var suggestion = DidYouMean.Closest(key, SectionSettings.Keys);
                    diagnostics.Error(
                        at,
                        DiagnosticCodes.SectionInvalid,
                        $"'{key}' is not a setting of a section.",
                        suggestion is not null
                            ? $"Did you mean '{suggestion}'?"
                            : $"A section takes {string.Join(", ", SectionSettings.Keys)}."
                    );
                    break;
            }
        }
        return settings;
    }

    private static string Example(string key) =>
        key.ToLowerInvariant() switch
        {
            "orientation" => "Write orientation=landscape or orientation=portrait.",
            "margin" => "Write a length such as margin=0.5in, margin=12mm or margin=36pt.",
            "fit" => "Write fit=one-page to shrink the section's type until it fits one page, or leave it out.",
            _ => "Write justify=true or justify=false.",
        };

    private static SourceLocation At(string path, Block block) => new(path, block.Line + 1, block.Column + 1);
}
