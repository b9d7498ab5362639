using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Layout.Paging;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Pieces;

/// <summary>
/// What a piece's layout reads besides what every piece of its document reads (see
/// <see cref="PieceCache"/>): its own Markdown, the page it is set on, its type scale, the
/// justification, the heading ids the parser gave it (a repeated title's id counts those before it).
/// </summary>
internal static class PieceKeys
{
    /// <summary>The key's parts, or null for a piece that reads the whole document (the contents) and is laid out
    /// every time.</summary>
    /// <param name="lines">The body's lines: a block is keyed by its lines, as the parser's character spans refer to
    /// the text it read, which for a long table is not the body (<see cref="LongTables"/>), while its lines
    /// are.</param>
    public static IEnumerable<string>? Parts(
        string[] lines,
        IReadOnlyList<Block> blocks,
        PageSetup setup,
        float scale,
        bool? justify,
        bool endsWithBreak,
        string mode
    )
    {
        var parts = new List<string>
        {
            mode,
            string.Join(
                " ",
                new[]
                {
                    setup.Width,
                    setup.Height,
                    setup.Margins.Left,
                    setup.Margins.Top,
                    setup.Margins.Right,
                    setup.Margins.Bottom,
                    scale,
                }.Select(n => BitConverter.SingleToInt32Bits(n).ToString(CultureInfo.InvariantCulture))
            ),
            justify?.ToString() ?? "",
            endsWithBreak ? "break" : "end",
        };
        foreach (var block in blocks)
        {
            if (
                block is ContainerBlock container
                && container
                    .Descendants<CustomContainer>()
                    .Prepend(container as CustomContainer)
                    .Any(c => c is not null && ClassNames.IsContents(c))
            )
                return null;
            var (first, last) = (block.Line, LastLine(block, lines.Length));
            if (first < 0 || last >= lines.Length || last < first)
                return null;
            parts.Add(string.Join("\n", lines[first..(last + 1)]));
            var headings = block is HeadingBlock heading
                ? [heading]
                : (block as ContainerBlock)?.Descendants<HeadingBlock>() ?? [];
            parts.Add(string.Join("\n", headings.Select(h => h.TryGetAttributes()?.Id ?? "")));
        }
        return parts;
    }

    /// <summary>The line before the block that follows this one, at its level or above; the body's last line for the
    /// last block.</summary>
    private static int LastLine(Block block, int count)
    {
        for (var at = block; at.Parent is { } parent; at = parent)
        {
            var index = parent.IndexOf(at);
            if (index + 1 < parent.Count)
                return parent[index + 1].Line - 1;
        }
        return count - 1;
    }

    /// <summary>The document's link definitions: a reference link takes its address from one, wherever it
    /// stands.</summary>
    public static string Definitions(MarkdownDocument document) =>
        string.Join("\n", document.Descendants<LinkReferenceDefinition>().Select(d => $"{d.Label} {d.Url} {d.Title}"));
}
