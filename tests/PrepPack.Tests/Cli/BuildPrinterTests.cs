using PrepPack.Cli;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

public class BuildPrinterTests
{
    private static string Line(string name, int pages)
    {
        var output = new StringWriter();
        var built = new BuiltOutput
        {
            Name = name,
            Template = "t.sbn",
            MarkdownName = "t",
            Status = OutputStatus.Written,
            Pages = pages,
            Bytes = 11_878,
        };
        BuildPrinter.Print(output, new BuildReport([built], [], 13));
        return output.ToString().Split('\n')[0];
    }

    [Fact]
    public void A_word_file_is_said_to_have_about_its_estimated_pages()
    {
        Assert.Matches(@"^  star-amazon\.docx\s+rebuilt\s+~10 pages\s+11\.6 KB", Line("star-amazon.docx", 10));
        Assert.Matches(@"\s~1 page\s", Line("star-meta.docx", 1));
    }

    [Fact]
    public void A_pdf_is_said_to_have_the_pages_it_has()
    {
        Assert.Matches(@"^  cards\.pdf\s+rebuilt\s+10 pages\s+11\.6 KB", Line("cards.pdf", 10));
    }

    [Fact]
    public void The_build_line_of_the_sample_word_files_reads_about_ten_pages()
    {
        using var ws = new PackWorkspace();
        var output = new StringWriter();
        var exit = PrepPackCli.Run(
            ["build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output],
            output,
            new StringWriter()
        );
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Matches(@"star-acme\.docx\s+rebuilt\s+~\d+ pages?\s", output.ToString());
    }
}
