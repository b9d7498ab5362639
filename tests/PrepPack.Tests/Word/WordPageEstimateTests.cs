using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Tests.Support;
using PrepPack.Theming;
using PrepPack.Word;

namespace PrepPack.Tests.Word;

/// <summary>The pages a Word file is said to have are the one-page estimate's, measured with the styles it
/// uses.</summary>
public class WordPageEstimateTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    // About two thirds of a Letter page at 10 pt, more than a page at 16; then a short second page.
    private static readonly string Body =
        "# A long story {#story-long}\n\n"
        + string.Join(
            "\n\n",
            Enumerable.Repeat(
                "I ran fortnightly reviews with sales, finance and product until every metric had one written "
                    + "definition and one owner.",
                12
            )
        )
        + "\n\n\\newpage\n\n# A short story\n\nText.\n";

    [Theory]
    [InlineData(0f, 1)]
    [InlineData(0.015f, 1)]
    [InlineData(0.3f, 2)]
    [InlineData(1.5f, 3)]
    public void A_page_that_runs_over_counts_the_pages_it_spills_onto(float over, int pages)
    {
        Assert.Equal(pages, new PageEstimate(null, "", over, 0).Pages);
    }

    [Fact]
    public void Two_one_pagers_that_fit_are_two_pages()
    {
        Assert.Equal(2, Render(Body, Typesetting.Theme).Pages);
    }

    [Fact]
    public void A_reference_whose_normal_is_16_pt_adds_the_page_the_long_story_spills_onto()
    {
        using var folder = new TempFolder();
        var reference = ReferenceDocument.WithNormalSize(folder, pack.Read("star-amazon.docx"), 32);
        var result = Render(Body, Typesetting.Theme with { WordReference = reference });
        Assert.Equal(3, result.Pages);
        Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
    }

    [Fact]
    public void A_paragraph_of_megabytes_is_estimated_at_hundreds_of_pages_not_a_failure()
    {
        // Wider in font units than an int holds: the estimate must still count pages.
        var huge = string.Join(" ", Enumerable.Repeat("Reports took five days and were fixed.", 80_000));
        var result = Render("# Huge\n\n" + huge + "\n", Typesetting.Theme);
        Assert.True(result.Pages > 100, $"{result.Pages} pages");
    }

    [Fact]
    public void The_sample_one_pagers_are_estimated_at_a_page_each()
    {
        var amazon = pack.Report.Outputs.Single(o => o.Name == "star-amazon.docx");
        Assert.True(amazon.PagesEstimated);
        using var document = WordprocessingDocument.Open(new MemoryStream(pack.Read("star-amazon.docx")), false);
        var starts = document.MainDocumentPart!.Document.Body!.Descendants<PageBreakBefore>().Count();
        Assert.Equal(starts + 1, amazon.Pages);
        Assert.False(pack.Report.Outputs.Single(o => o.Name == "cards.pdf").PagesEstimated);
    }

    private static WordResult Render(string body, Theme theme) =>
        MarkdownWord.Render(
            "test.md",
            new FrontMatter { Output = "test.docx", Format = OutputFormat.Docx },
            body,
            theme,
            Typesetting.Fonts,
            new DiagnosticBag(),
            _ => null
        );
}
