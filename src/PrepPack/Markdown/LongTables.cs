using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>
/// Markdig gives up on a pipe table of several hundred rows ("depth limit exceeded"), and the
/// matrix of a large bank has a row per story; and it reads a table's rows in time that grows with
/// the square of their number. A long table is parsed in pieces of twenty rows,
/// each under its own header and at its own lines, and the rows are put back into one table, so
/// the document is the same as if Markdig had read it whole, line numbers included.
/// </summary>
internal static class LongTables
{
    private const int RowsAtOnce = 20;

    /// <param name="Header">The header line's index (0-based, as Markdig counts lines).</param>
    /// <param name="Last">The last row's index.</param>
    public sealed record Span(int Header, int Last);

    public static IReadOnlyList<Span> Find(string body)
    {
        var lines = body.Split('\n');
        var found = new List<Span>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].Contains('|') || !IsDelimiterRow(lines[i + 1]))
                continue;
            var last = i + 1;
            while (last + 1 < lines.Length && lines[last + 1].Contains('|') && lines[last + 1].Trim().Length > 0)
                last++;
            if (last - (i + 1) > RowsAtOnce)
                found.Add(new Span(i, last));
            i = last;
        }
        return found;
    }

    /// <summary>The body with every row after the first piece of each long table blanked, keeping the line
    /// count.</summary>
    public static string WithoutLaterRows(string body, IReadOnlyList<Span> tables)
    {
        var lines = body.Split('\n');
        foreach (var table in tables)
            for (var i = table.Header + 2 + RowsAtOnce; i <= table.Last; i++)
                lines[i] = "";
        return string.Join('\n', lines);
    }

    public static void AddLaterRows(MarkdownDocument document, string[] lines, Span span, MarkdownPipeline pipeline)
    {
        if (document.Descendants<Table>().FirstOrDefault(t => t.Line == span.Header) is not { } table)
            return;
        for (var start = span.Header + 2 + RowsAtOnce; start <= span.Last; start += RowsAtOnce)
        {
            var end = Math.Min(span.Last, start + RowsAtOnce - 1);
            var piece =
                lines[span.Header] + "\n" + lines[span.Header + 1] + "\n" + string.Join('\n', lines[start..(end + 1)]);
            if (Markdig.Markdown.Parse(piece, pipeline).Descendants<Table>().FirstOrDefault() is not { } part)
                continue;
            foreach (var row in part.OfType<TableRow>().Where(r => !r.IsHeader).ToList())
            {
                part.Remove(row);
                // The piece was read from its header line: its rows move down to their own lines.
                MoveDown(row, start - 2);
                table.Add(row);
            }
        }
    }

    private static void MoveDown(Block block, int lines)
    {
        block.Line += lines;
        if (block is ContainerBlock container)
            foreach (var child in container)
                MoveDown(child, lines);
        if (block is LeafBlock { Inline: { } inlines })
            foreach (var inline in inlines.Descendants())
                inline.Line += lines;
    }

    private static bool IsDelimiterRow(string line)
    {
        var cells = line.Trim().Trim('|').Split('|');
        return cells.Length > 0
            && cells.All(c => c.Trim().Trim(':').Length > 0 && c.Trim().Trim(':').All(ch => ch == '-'));
    }
}
