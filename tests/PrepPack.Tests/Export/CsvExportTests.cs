using System.Text;
using PrepPack.Cli;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Export;

/// <summary><c>preppack export csv</c>: the same fronts and backs as the Anki deck, as RFC 4180 CSV.</summary>
public class CsvExportTests
{
    private static (byte[] Bytes, List<List<string>> Rows) Export(string content, string file)
    {
        var (exit, output, error) = Support.Cli.Run("export", "csv", "--content", content, "--out", file);
        Assert.True(exit == ExitCodes.Success, output + error);
        var bytes = File.ReadAllBytes(file);
        return (bytes, CsvReader.Read(Encoding.UTF8.GetString(bytes)));
    }

    [Fact]
    public void The_csv_reads_back_as_a_header_and_a_row_per_story_with_its_front_and_back()
    {
        using var folder = new TempFolder();
        var (bytes, rows) = Export(RepoPaths.SampleBank, folder.Combine("cards.csv"));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(["front", "back"], rows[0]);
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleBank, "stories"), "*.yaml").Count(),
            rows.Count - 1
        );
        Assert.All(rows, r => Assert.Equal(2, r.Count));
        var quote = rows.Single(r => r[0].StartsWith("Quoting funnel dashboard\n\n", StringComparison.Ordinal));
        Assert.Contains(
            "\nTell me about a time you went out of your way for a customer. (Amazon: Customer Obsession)",
            quote[0]
        );
        Assert.StartsWith("Context: Sales leaders stitched together 10 reports", quote[1]);
        Assert.Contains(
            "\nResult: Refresh went from 2-3 h to 15 min, 10 reports became 1, and a $1.5M premium lift is "
                + "projected.\n",
            quote[1]
        );
        Assert.Equal(6, quote[1].Split('\n').Length);
    }

    [Fact]
    public void Commas_quotes_and_characters_beyond_ascii_come_back_as_they_were_written()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("title: Alpha project", "title: 'Alpha, the \"fast\" project → café'")
        );
        var (_, rows) = Export(ws.Content, Path.Combine(ws.Output, "a.csv"));
        Assert.Contains(rows, r => r[0].StartsWith("Alpha, the \"fast\" project → café\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_record_ends_with_crlf_and_line_breaks_inside_a_field_stay_inside_its_quotes()
    {
        using var ws = new PackWorkspace();
        var (bytes, rows) = Export(ws.Content, Path.Combine(ws.Output, "a.csv"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("front,back\r\n\"", text);
        Assert.EndsWith("\"\r\n", text);
        Assert.Equal(3, rows.Count);
    }

    [Theory]
    [InlineData("=1+2 dashboard")]
    [InlineData("+20% quote rate")]
    [InlineData("-5 days to close")]
    [InlineData("@here outage call")]
    public void A_front_a_spreadsheet_would_run_as_a_formula_starts_with_a_single_quote_inside_quotes(string title)
    {
        using var ws = new PackWorkspace();
        // Quoted in the YAML, where a leading '@' could not stand bare.
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("title: Alpha project", $"title: \"{title}\"")
        );
        var (bytes, rows) = Export(ws.Content, Path.Combine(ws.Output, "a.csv"));
        var front = Assert.Single(rows, r => r[0].Contains(title, StringComparison.Ordinal))[0];
        Assert.StartsWith("'" + title + "\n", front, StringComparison.Ordinal);
        Assert.Contains("\r\n\"'" + title, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTabbed")]
    [InlineData("\rReturned")]
    public void Every_lead_character_a_spreadsheet_runs_is_neutralised_in_any_field_and_reads_back_after_the_quote(
        string title
    )
    {
        using var ws = new PackWorkspace();
        var bank = PrepPack.Content.StoryBankLoader.Load(ws.Content).Bank!;
        // Straight to the writer: the story readers trim a leading tab or line break, so only a card made here can
        // start with one.
        var card = PrepPack.Export.Flashcards.Of(bank)[0];
        card = card with { Story = card.Story with { Title = title }, Questions = [], Back = [] };
        var text = Encoding.UTF8.GetString(PrepPack.Export.FlashcardCsv.Write([card]));
        Assert.Equal($"front,back\r\n\"'{title.Replace("\"", "\"\"")}\",\r\n", text);
        Assert.Equal(["'" + title, ""], CsvReader.Read(text)[1]);
    }

    [Fact]
    public void A_front_that_only_holds_a_formula_character_further_in_is_written_as_it_is()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("title: Alpha project", "title: Cut costs by -5% = saved $2M")
        );
        var (_, rows) = Export(ws.Content, Path.Combine(ws.Output, "a.csv"));
        Assert.Contains(rows, r => r[0].StartsWith("Cut costs by -5% = saved $2M", StringComparison.Ordinal));
    }
}
