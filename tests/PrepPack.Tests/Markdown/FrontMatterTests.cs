using PrepPack.Diagnostics;
using PrepPack.Markdown;

namespace PrepPack.Tests.Markdown;

public class FrontMatterTests
{
    private static FrontMatterEntry Entry(string key, string text) =>
        new(key, new SourceLocation("t.md", 1, 1), text, new SourceLocation("t.md", 1, 1));

    [Theory]
    [InlineData("Ana \"AJ\" Ruiz: PM")]
    [InlineData("Leadership\nPrinciples")]
    [InlineData("# not a comment")]
    [InlineData("true")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("  spaced  ")]
    [InlineData("{title} | Page {page} of {pages}")]
    [InlineData("- a list? no")]
    public void Front_matter_written_by_PrepPack_reads_back_as_the_same_text(string value)
    {
        var written = FrontMatterWriter.Write([Entry("title", "x"), Entry("subject", value)]);

        var diagnostics = new DiagnosticBag();
        var (settings, body) = FrontMatterReader.Read("t.md", written + "Body\n", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal(value.Trim(), settings.Subject);
        Assert.Equal("Body", body.Trim());
        Assert.Equal(written.Count(c => c == '\n'), body.TakeWhile(c => c == '\n').Count());
    }

    [Fact]
    public void A_markdown_documents_front_matter_is_read_into_its_types()
    {
        var diagnostics = new DiagnosticBag();
        var (settings, _) = FrontMatterReader.Read(
            "t.md",
            "---\nformat: DOCX\nfit: one-page\norientation: landscape\nmargin: 0.5in\nfor_each: story\nn_up: "
                + "4\nduplex: yes\nfooter:\n---\nBody\n",
            diagnostics
        );

        Assert.Empty(diagnostics);
        Assert.Equal(OutputFormat.Docx, settings.Format);
        Assert.Equal(FitMode.OnePage, settings.Fit);
        Assert.Equal(PageOrientation.Landscape, settings.Orientation);
        Assert.Equal(36f, settings.Margin);
        Assert.Equal(ForEach.Story, settings.ForEach);
        Assert.Equal((4, true), (settings.NUp, settings.Duplex));
        // Written but empty: no footer, rather than the theme's.
        Assert.Equal("", settings.Footer);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_its_own_line()
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterReader.Read(
            "t.md",
            "---\nformat: html\nmargin: wide\njustify: maybe\norientation: sideways\n---\n",
            diagnostics
        );

        Assert.Equal([2, 3, 4, 5], diagnostics.Sorted().Select(d => d.Line));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.FrontMatterInvalid, d.Code));
        Assert.Equal("'orientation' must be portrait or landscape, not 'sideways'.", diagnostics.Sorted()[^1].Message);
    }

    [Fact]
    public void The_language_is_read_from_lang_and_a_value_that_is_no_language_tag_is_an_error()
    {
        var diagnostics = new DiagnosticBag();
        var (settings, _) = FrontMatterReader.Read("t.md", "---\nlang: de-DE\n---\nBody\n", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal("de-DE", settings.Lang);

        (settings, _) = FrontMatterReader.Read("t.md", "---\nlang: English (US)\n---\nBody\n", diagnostics);
        Assert.Null(settings.Lang);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterInvalid, 2), (error.Code, error.Line));
        Assert.Equal("'lang' must be a language tag such as en-US, en-GB or de-DE, not 'English (US)'.", error.Message);
    }
}
