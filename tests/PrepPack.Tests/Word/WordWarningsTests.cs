using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

public class WordWarningsTests
{
    [Fact]
    public void A_story_too_long_for_one_page_is_a_warning_at_the_story_saying_by_how_much_and_what_to_cut()
    {
        using var ws = new PackWorkspace();
        // Too long even with the type shrunk to the theme's floor.
        var actions = string.Concat(
            Enumerable
                .Range(1, 120)
                .Select(i =>
                    $"\n    - I did step {i} of a long and careful piece of work that took most of a week to finish."
                )
        );
        ws.Edit(Path.Combine(ws.Content, "stories", "alpha.yaml"), t =>
            t.Replace("  actions: [Built a pipeline, Added tests]", "  actions:" + actions)
        );
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        // The answers page of the question told with it runs over too, and says so at the question.
        var warning = Assert.Single(report.Diagnostics, d =>
            d.Code == DiagnosticCodes.OverOneWordPage && d.File.EndsWith("alpha.yaml", StringComparison.Ordinal)
        );
        Assert.Single(report.Diagnostics, d =>
            d.Code == DiagnosticCodes.OverOneWordPage && d.File.EndsWith("setback.yaml", StringComparison.Ordinal)
        );
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("alpha.yaml", warning.File);
        Assert.Equal((1, 1), (warning.Line, warning.Column));
        Assert.Matches(
            @"^'Alpha project' runs to about \d\.\d pages in star-acme\.docx, even with its type shrunk to 60%: about "
                + @"\d+ lines too long for one page\. Its longest parts: Action \(\d+ lines\), ",
            warning.Message
        );
        Assert.StartsWith("Cut about ", warning.Hint);
    }

    [Fact]
    public void A_short_story_gets_no_one_page_warning()
    {
        using var ws = new PackWorkspace();
        Assert.DoesNotContain(ws.Build().Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
    }

    [Fact]
    public void A_reference_document_named_in_the_theme_lends_its_styles()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        // Take the built document, recolour its Heading 1, and use it as the reference.
        var reference = Path.Combine(ws.Templates, "reference.docx");
        File.Copy(ws.OutputFile("star-acme.docx"), reference);
        using (var document = WordprocessingDocument.Open(reference, true))
        {
            var heading = document
                .MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
                .Single(s => s.StyleId == "Heading1");
            heading.StyleRunProperties!.Color!.Val = "C00000";
        }
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t + "\nword_reference: reference.docx\n");
        Assert.True(ws.Build().Succeeded);
        using var built = WordprocessingDocument.Open(ws.OutputFile("star-acme.docx"), false);
        var style = built
            .MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .Single(s => s.StyleId == "Heading1");
        Assert.Equal("C00000", style.StyleRunProperties!.Color!.Val!.Value);
    }

    [Fact]
    public void A_reference_document_that_does_not_exist_is_an_error_naming_it()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t + "\nword_reference: missing.docx\n");
        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.ThemeInvalid, error.Code);
        Assert.Contains("missing.docx", error.Message);
    }
}
