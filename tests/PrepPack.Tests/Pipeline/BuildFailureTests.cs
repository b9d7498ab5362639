using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

public class BuildFailureTests
{
    [Fact]
    public void Content_errors_stop_the_build_before_anything_is_written()
    {
        using var ws = new PackWorkspace("score-range");
        var report = ws.Build();
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.ScoreOutOfRange);
        Assert.Empty(report.Outputs);
        Assert.False(Directory.Exists(ws.Output));
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_line_and_column_and_the_other_outputs_are_still_written()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Templates, "broken.sbn"),
            "---\ntitle: Broken\n---\n\n{{ for story in stories }}\n{{ story.title }}\n"
        );
        var report = ws.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, error.Code);
        Assert.EndsWith("broken.sbn", error.File);
        Assert.Equal(6, error.Line);
        Assert.StartsWith("The template cannot be read:", error.Message);
        Assert.Contains("end", error.Hint);
        Assert.True(File.Exists(ws.OutputFile("cards.pdf")));
        Assert.False(File.Exists(ws.OutputFile("broken.pdf")));
    }

    [Fact]
    public void A_misspelt_field_in_a_template_is_an_error_at_the_field_not_an_empty_line()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Templates, "typo.sbn"),
            "---\ntitle: Typo\n---\n\n{{ for story in stories }}\n- {{ story.titel }}\n{{ end }}\n"
        );
        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal((6, 12), (error.Line, error.Column));
        Assert.Contains("titel", error.Message);
    }

    [Fact]
    public void A_misspelt_field_in_a_template_is_marked_from_its_first_letter_to_just_after_its_last()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Templates, "typo.sbn"),
            "---\ntitle: Typo\n---\n\n{{ for story in stories }}\n- {{ story.titel }}\n{{ end }}\n"
        );
        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);
        Assert.Equal((6, 12, 6, 17), (error.Line, error.Column, error.Location.EndLine, error.Location.EndColumn));
    }

    [Fact]
    public void A_failed_rebuild_leaves_the_previous_output_untouched()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        var before = File.ReadAllBytes(ws.OutputFile("matrix.pdf"));
        ws.Edit(Path.Combine(ws.Templates, "matrix.sbn"), t => t + "\n{{ story.nonsense }}\n");
        var report = ws.Build();
        Assert.False(report.Succeeded);
        Assert.Equal(before, File.ReadAllBytes(ws.OutputFile("matrix.pdf")));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_error_and_the_other_outputs_are_written()
    {
        using var ws = new PackWorkspace();
        Directory.CreateDirectory(ws.OutputFile("cards.pdf"));
        var report = ws.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputNotWritten, error.Code);
        Assert.StartsWith("cards.pdf could not be written", error.Message);
        Assert.Equal(OutputStatus.Failed, report.Outputs.Single(o => o.Name == "cards.pdf").Status);
        Assert.True(File.Exists(ws.OutputFile("binder.pdf")));
    }

    [Fact]
    public void Adding_a_template_adds_an_output()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Templates, "titles.sbn"),
            "---\ntitle: Titles\noutput: story-titles.pdf\n---\n\n# Titles\n{{ for story in stories }}\n- {{ md "
                + "story.title }}\n{{ end }}\n"
        );
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("story-titles.pdf")));
        Assert.Contains("Alpha project", pdf.GetPage(1).Text);
    }

    private const string SecondCards = "---\ntitle: More cards\noutput: cards.pdf\n---\n\n# More cards\n";

    [Fact]
    public void Two_templates_writing_one_file_is_an_error_at_the_second_naming_both_and_neither_is_written()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(Path.Combine(ws.Templates, "more-cards.sbn"), SecondCards);
        var report = ws.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputNamedTwice, error.Code);
        Assert.Equal((Path.Combine(ws.Templates, "more-cards.sbn"), 3, 9), (error.File, error.Line, error.Column));
        Assert.Contains("cards.sbn and ", error.Message);
        Assert.Contains("more-cards.sbn both write cards.pdf", error.Message);
        Assert.False(File.Exists(ws.OutputFile("cards.pdf")));
        Assert.All(report.Outputs.Where(o => o.Name == "cards.pdf"), o => Assert.Equal(OutputStatus.Failed, o.Status));
        Assert.True(File.Exists(ws.OutputFile("binder.pdf")));
    }

    [Fact]
    public void A_second_template_taking_an_outputs_name_leaves_the_file_as_it_was_build_after_build()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        var bytes = File.ReadAllBytes(ws.OutputFile("cards.pdf"));
        var written = File.GetLastWriteTimeUtc(ws.OutputFile("cards.pdf"));
        File.WriteAllText(Path.Combine(ws.Templates, "more-cards.sbn"), SecondCards);
        for (var build = 0; build < 3; build++)
        {
            var report = ws.Build();
            Assert.Equal(DiagnosticCodes.OutputNamedTwice, Assert.Single(report.Diagnostics, d => d.IsError).Code);
            Assert.Equal(bytes, File.ReadAllBytes(ws.OutputFile("cards.pdf")));
            Assert.Equal(written, File.GetLastWriteTimeUtc(ws.OutputFile("cards.pdf")));
            Assert.All(report.Outputs.Where(o => o.Name != "cards.pdf"), o =>
                Assert.Equal(OutputStatus.UpToDate, o.Status)
            );
        }
        File.Delete(Path.Combine(ws.Templates, "more-cards.sbn"));
        var fixedReport = ws.Build();
        Assert.True(fixedReport.Succeeded);
        Assert.Equal(OutputStatus.UpToDate, fixedReport.Outputs.Single(o => o.Name == "cards.pdf").Status);
    }

    [Fact]
    public void A_template_for_each_framework_with_one_file_name_for_all_is_an_error_with_a_hint()
    {
        using var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Content, "frameworks", "globex.yaml"),
            File.ReadAllText(Path.Combine(ws.Content, "frameworks", "acme.yaml"))
                .Replace("id: acme", "id: globex")
                .Replace("Acme", "Globex")
        );
        ws.Edit(Path.Combine(ws.Templates, "star-onepager.sbn"), t =>
            t.Replace("star-{{ framework.id }}.docx", "star.docx")
        );
        var report = ws.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.OutputNamedTwice, error.Code);
        Assert.Contains("star.docx", error.Message);
        Assert.Contains("{{ framework.id }}", error.Hint);
        Assert.False(File.Exists(ws.OutputFile("star.docx")));
    }

    [Fact]
    public void A_missing_templates_folder_is_an_error_naming_it()
    {
        using var ws = new PackWorkspace();
        Directory.Delete(ws.Templates, recursive: true);
        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.NoTemplates, error.Code);
        Assert.Equal(ws.Templates, error.File);
    }
}
