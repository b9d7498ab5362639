using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Tests.Markdown;

public class LongTableTests
{
    [Fact]
    public void A_table_of_a_thousand_rows_is_read_whole_with_every_row_at_its_own_line()
    {
        var rows = Enumerable
            .Range(1, 1000)
            .Select(i => $"| **Story {i}** | ●●●○○ | {i} | Cut time from {i} days to 1 |");
        var body =
            "# Matrix\n\n| Story | Impact | Total | Highlight |\n|:--|:--:|--:|:--|\n"
            + string.Join("\n", rows)
            + "\n\nAfter the table.\n";

        var document = MarkdownParser.Parse(body);

        var table = Assert.Single(document.Descendants<Table>());
        var bodyRows = table.OfType<TableRow>().Where(r => !r.IsHeader).ToList();
        Assert.Equal(1000, bodyRows.Count);
        Assert.Equal(4, bodyRows[0].Line);
        Assert.Equal(1003, bodyRows[^1].Line);
        Assert.Contains(
            "Story 1000",
            string.Concat(
                bodyRows[^1].Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())
            )
        );
        // Messages about a cell's words point at the cell's own line, in every piece the table was read in.
        Assert.All(bodyRows[^1].Descendants<ParagraphBlock>(), p => Assert.Equal(1003, p.Line));
        Assert.All(bodyRows[^1].Descendants<Markdig.Syntax.Inlines.LiteralInline>(), l => Assert.Equal(1003, l.Line));
        Assert.All(bodyRows[500].Descendants<Markdig.Syntax.Inlines.LiteralInline>(), l => Assert.Equal(504, l.Line));
        var after = document.Descendants<ParagraphBlock>().Last();
        Assert.Equal(1005, after.Line);
    }

    [Fact]
    public void A_short_table_is_read_as_markdig_reads_it()
    {
        var body = "| A | B |\n|---|---|\n| 1 | 2 |\n";
        var table = Assert.Single(MarkdownParser.Parse(body).Descendants<Table>());
        Assert.Equal(2, table.Count);
    }
}
