using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>A template's front matter is read as YAML before the template runs; the values it fills in are values, not
/// YAML text.</summary>
public class TemplateFrontMatterTests
{
    private static string AddTemplate(PackWorkspace ws, string name, string text)
    {
        var path = Path.Combine(ws.Templates, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_profile_name_with_a_colon_and_quotes_and_a_framework_name_on_two_lines_build_every_output()
    {
        using var ws = new PackWorkspace();
        const string name = "Ana \"AJ\" Ruiz: PM";
        ws.Edit(Path.Combine(ws.Content, "profile.yaml"), t =>
            t.Replace("name: Sam Reyes", "name: 'Ana \"AJ\" Ruiz: PM'")
        );
        ws.Edit(Path.Combine(ws.Content, "frameworks", "acme.yaml"), t =>
            t.Replace("name: Acme values", "name: \"Acme\\nvalues\"")
        );

        var report = ws.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(
            [
                "answers-acme.docx",
                "binder.pdf",
                "cards.pdf",
                "cheatsheet.pdf",
                "matrix.pdf",
                "prompts.pdf",
                "star-acme.docx",
                "tmay.pdf",
                "tracker.pdf",
            ],
            report.Outputs.Select(o => o.Name)
        );
        Assert.All(report.Outputs, o => Assert.Equal(PrepPack.Pipeline.OutputStatus.Written, o.Status));
        using (var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cheatsheet.pdf"))))
        {
            Assert.Equal(name, pdf.Information.Author);
            var footer = PdfText.Lines(pdf.GetPage(1))[^1];
            Assert.StartsWith(name, footer);
            Assert.Contains("Cheat sheet", footer);
        }
        using (var word = WordprocessingDocument.Open(ws.OutputFile("star-acme.docx"), false))
        {
            Assert.Equal(name, word.PackageProperties.Creator);
            Assert.Equal("Acme Acme\nvalues", word.PackageProperties.Subject);
            // A footer is one line, whatever the names in it hold.
            var footer = word.MainDocumentPart!.FooterParts.Single().Footer!;
            var text = string.Concat(
                footer
                    .Descendants()
                    .Select(e =>
                        e switch
                        {
                            Text t => t.Text,
                            TabChar => "\t",
                            _ => "",
                        }
                    )
            );
            Assert.StartsWith($"{name}\tAcme: Acme values\tPage ", text);
        }
        // The Markdown kept for the user opens with front matter that reads back as the same values.
        var kept = File.ReadAllText(Path.Combine(ws.Output, ".preppack", "markdown", "star-onepager-acme.md"));
        var diagnostics = new DiagnosticBag();
        var (settings, _) = FrontMatterReader.Read("star-onepager-acme.md", kept, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(
            (name, "Acme Acme\nvalues", OutputFormat.Docx, ForEach.Framework),
            (settings.Author, settings.Subject, settings.Format, settings.ForEach)
        );
    }

    [Fact]
    public void A_front_matter_value_that_is_not_a_number_is_an_error_at_its_line_and_column_in_the_template()
    {
        using var ws = new PackWorkspace();
        var path = AddTemplate(ws, "sheet.sbn", "---\ntitle: Sheet\nn_up: \"{{ profile.name }}\"\n---\n\n# Sheet\n");

        var report = ws.Build();

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal((path, 3, 8), (error.File, error.Line, error.Column));
        Assert.Equal("'n_up' must be a whole number from 1 to 32, not 'Sam Reyes'.", error.Message);
        Assert.True(File.Exists(ws.OutputFile("cards.pdf")));
    }

    [Fact]
    public void A_misspelt_name_in_a_front_matter_value_is_an_error_at_its_place_in_the_template()
    {
        using var ws = new PackWorkspace();
        const string line = "title: \"Pack of {{ profile.nmae }}\"";
        var path = AddTemplate(ws, "typo.sbn", $"---\n{line}\n---\n\n# Typo\n");

        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);

        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Equal(
            (path, 2, line.IndexOf("nmae", StringComparison.Ordinal) + 1),
            (error.File, error.Line, error.Column)
        );
        Assert.Contains("nmae", error.Message);
    }

    [Fact]
    public void A_value_that_starts_with_braces_may_be_written_without_quotes()
    {
        using var ws = new PackWorkspace();
        AddTemplate(ws, "plain.sbn", "---\ntitle: Plain\nauthor: {{ profile.name }}\n---\n\n# Plain\n");

        var report = ws.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("plain.pdf")));
        Assert.Equal("Sam Reyes", pdf.Information.Author);
    }

    [Fact]
    public void A_value_with_braces_and_more_after_them_must_be_quoted_and_the_error_says_so()
    {
        using var ws = new PackWorkspace();
        var path = AddTemplate(
            ws,
            "two.sbn",
            "---\ntitle: Two\nsubject: {{ profile.name }} {{ profile.target_role }}\n---\n\n# Two\n"
        );

        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);

        Assert.Equal(DiagnosticCodes.YamlSyntax, error.Code);
        Assert.Equal((path, 3), (error.File, error.Line));
        Assert.Contains("in quotes", error.Hint);
    }

    [Fact]
    public void An_unknown_for_each_is_an_error_at_its_line_in_the_template()
    {
        using var ws = new PackWorkspace();
        var path = AddTemplate(ws, "each.sbn", "---\nfor_each: company\n---\n\n# {{ story.title }}\n");

        var report = ws.Build();

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code);
        Assert.Equal((path, 2, 11), (error.File, error.Line, error.Column));
        Assert.Equal("'for_each' must be framework, story or interview, not 'company'.", error.Message);
    }

    [Fact]
    public void For_each_is_read_before_the_template_runs_so_it_cannot_be_filled_in()
    {
        using var ws = new PackWorkspace();
        var path = AddTemplate(ws, "each.sbn", "---\nfor_each: \"{{ 'story' }}\"\n---\n\n# {{ story.title }}\n");

        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);

        Assert.Equal((path, 2), (error.File, error.Line));
        Assert.StartsWith("'for_each' decides how the template runs", error.Message);
    }

    [Fact]
    public void A_template_whose_front_matter_breaks_keeps_the_outputs_it_made_before()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        ws.Edit(Path.Combine(ws.Templates, "star-onepager.sbn"), t =>
            t.Replace("format: docx", "format: docx\n  oops: [unclosed")
        );

        var report = ws.Build();

        Assert.Contains(report.Diagnostics, d => d.IsError && d.File.EndsWith("star-onepager.sbn"));
        Assert.True(File.Exists(ws.OutputFile("star-acme.docx")));
    }

    [Fact]
    public void A_template_body_keeps_its_line_numbers_after_the_front_matter()
    {
        using var ws = new PackWorkspace();
        var path = AddTemplate(
            ws,
            "lines.sbn",
            "---\ntitle: Lines\nauthor: \"{{ profile.name }}\"\n---\n\n# Lines\n\n{{ profile.nothing }}\n"
        );

        var error = Assert.Single(ws.Build().Diagnostics, d => d.IsError);

        Assert.Equal((path, 8, 12), (error.File, error.Line, error.Column));
    }
}
