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
        var (bytes, rows) = Export(RepoPaths.SampleContent, folder.Combine("cards.csv"));

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(["front", "back"], rows[0]);
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleContent, "stories"), "*.yaml").Count(), rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(2, r.Count));
        var quote = rows.Single(r => r[0].StartsWith("Quoting funnel dashboard\n\n", StringComparison.Ordinal));
        Assert.Contains("\nTell me about a time you went out of your way for a customer. (Amazon: Customer Obsession)", quote[0]);
        Assert.StartsWith("Context: Sales leaders stitched together 10 reports", quote[1]);
        Assert.Contains("\nResult: Refresh went from 2-3 h to 15 min, 10 reports became 1, and a $1.5M premium lift is projected.\n", quote[1]);
        Assert.Equal(6, quote[1].Split('\n').Length);
    }

    [Fact]
    public void Commas_quotes_and_characters_beyond_ascii_come_back_as_they_were_written()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t => t.Replace("title: Alpha project", "title: 'Alpha, the \"fast\" project → café'"));
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
}
