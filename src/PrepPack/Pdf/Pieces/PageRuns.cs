using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Pieces;

/// <summary>A section's top-level blocks cut at its page breaks: the pieces that each start a new page.</summary>
internal static class PageRuns
{
    /// <summary>Each run of blocks between page breaks, and whether a break ends it (every run but the last).</summary>
    public static List<(List<Block> Blocks, bool EndsWithBreak)> Split(IReadOnlyList<Block> blocks)
    {
        var runs = new List<(List<Block>, bool)>();
        var run = new List<Block>();
        foreach (var block in blocks)
        {
            if (IsPageBreak(block))
            {
                runs.Add((run, true));
                run = [];
            }
            else
                run.Add(block);
        }
        runs.Add((run, false));
        return runs;
    }

    public static bool IsPageBreak(Block block) =>
        block switch
        {
            ParagraphBlock paragraph => PageBreaks.Is(paragraph),
            HtmlBlock html => PageBreaks.Is(html),
            CustomContainer container => PageBreaks.Is(container),
            _ => false,
        };
}
