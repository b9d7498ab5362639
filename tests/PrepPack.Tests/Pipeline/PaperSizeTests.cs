using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>The theme's page.size sets the paper of every document; cards keep their index-card size.</summary>
public class PaperSizeTests
{
    [Theory]
    [InlineData("letter", 612, 792)]
    [InlineData("a4", 595.28, 841.89)]
    public void Every_output_of_the_sample_is_on_the_theme_page_size(string size, double width, double height)
    {
        using var folder = new TempFolder();
        var templates = folder.Combine("templates");
        TempFolder.CopyInto(RepoPaths.Templates, templates);
        var theme = Path.Combine(templates, "theme.yaml");
        File.WriteAllText(theme, Regex.Replace(File.ReadAllText(theme), @"(?m)^  size: letter$", $"  size: {size}"));
        var report = PackBuilder.Build(new BuildOptions(RepoPaths.SampleBank, templates, folder.Combine("output")));
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        var outputs = report.Outputs.Select(o => o.Name).ToList();
        foreach (var name in new[] { "binder.pdf", "cheatsheet.pdf", "tmay.pdf" })
            AssertPdfPages(folder.Combine("output", name), width, height);
        AssertPdfPages(folder.Combine("output", "matrix.pdf"), height, width);
        using (var matrix = PdfInspection.Open(File.ReadAllBytes(folder.Combine("output", "matrix.pdf"))))
            Assert.True(matrix.GetPage(1).Width > matrix.GetPage(1).Height, "the matrix lies landscape");
        // Cards are index cards, 6 x 4 inches lying landscape, whatever the paper.
        AssertPdfPages(folder.Combine("output", "cards.pdf"), 432, 288);
        var word = outputs.Where(n => n.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(word);
        foreach (var name in word)
        {
            using var document = WordprocessingDocument.Open(folder.Combine("output", name), false);
            var pgSz = document
                .MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!
                .GetFirstChild<PageSize>()!;
            Assert.Equal(width * 20, pgSz.Width!.Value, 20.0);
            Assert.Equal(height * 20, pgSz.Height!.Value, 20.0);
        }
    }

    [Fact]
    public void No_template_but_the_cards_and_the_prompt_cards_names_a_page_size()
    {
        var naming = Directory
            .EnumerateFiles(RepoPaths.Templates, "*.sbn")
            .Where(f => FrontMatter(f).Any(l => l.StartsWith("page:", StringComparison.Ordinal)))
            .Select(Path.GetFileName);
        Assert.Equal(["cards.sbn", "prompts.sbn"], naming.Order());
    }

    private static IEnumerable<string> FrontMatter(string template)
    {
        var lines = File.ReadLines(template).ToList();
        return lines.FirstOrDefault() == "---" ? lines.Skip(1).TakeWhile(l => l != "---") : [];
    }

    /// <summary>Every page is this paper, either way up: a landscape page in the binder is the same sheet.</summary>
    private static void AssertPdfPages(string path, double width, double height)
    {
        using var pdf = PdfInspection.Open(File.ReadAllBytes(path));
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(Math.Min(width, height), Math.Min(page.Width, page.Height), 0.5);
            Assert.Equal(Math.Max(width, height), Math.Max(page.Width, page.Height), 0.5);
        }
    }
}
