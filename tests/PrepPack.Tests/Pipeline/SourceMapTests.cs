using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>Problems the writers find are reported in the file the user edits, not in the generated Markdown.</summary>
public class SourceMapTests
{
    [Fact]
    public void A_character_no_font_has_is_reported_at_its_place_in_the_story()
    {
        using var ws = new PackWorkspace();
        var story = Path.Combine(ws.Content, "stories", "alpha.yaml");
        ws.Edit(story, t => t.Replace("lesson: Test early.", "lesson: Test early 漢."));

        var report = ws.Build();

        var glyphs = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingGlyph).ToList();
        var warning = Assert.Single(glyphs);
        Assert.Equal(story, warning.File);
        Assert.Equal(16, warning.Line);
        Assert.Equal(22, warning.Column);
        Assert.Contains(".preppack", warning.Hint);
    }

    [Fact]
    public void A_card_too_long_for_its_page_is_reported_in_the_story_that_holds_it()
    {
        using var ws = new PackWorkspace();
        var story = Path.Combine(ws.Content, "stories", "alpha.yaml");
        var longText = string.Join(
            " ",
            Enumerable.Repeat("Rebuilt the nightly pipeline so reports landed before the morning stand-up.", 30)
        );
        ws.Edit(story, t => t.Replace("context: Reports took 5 days.", "context: " + longText));

        var report = ws.Build();

        var error = Assert.Single(report.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.TooBigForPage);
        Assert.Equal(story, error.File);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void A_problem_on_a_line_the_template_wrote_alone_is_reported_at_the_template_line()
    {
        using var ws = new PackWorkspace();
        var template = Path.Combine(ws.Templates, "tmay.sbn");
        ws.Edit(template, t => t + "\n漢字 from the template itself\n");
        var line = File.ReadAllText(template).Split('\n').Length - 1;

        var report = ws.Build();

        var warnings = report
            .Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingGlyph && d.File == template)
            .ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(line, w.Line));
    }

    [Fact]
    public void Text_two_stories_share_is_reported_in_the_same_story_whatever_order_they_were_read_in()
    {
        using var folder = new TempFolder();
        var a = folder.Combine("a.yaml");
        var b = folder.Combine("b.yaml");
        File.WriteAllText(a, "id: a\nresult: Cut the nightly load from four hours to forty minutes\n");
        File.WriteAllText(b, "id: b\nresult: Cut the nightly load from four hours to forty minutes\n");
        var markdown = folder.Combine("out.md");
        var problem = Diagnostic.Warning(new SourceLocation(markdown, 1, 3), DiagnosticCodes.MissingGlyph, "Missing.");

        SourceLocation At(params string[] files) =>
            new PrepPack.Pipeline.SourceMap(
                markdown,
                "- Cut the nightly load from four hours to forty minutes",
                PrepPack.Templates.TemplateLines.None,
                files,
                "t.sbn",
                PrepPack.Content.DiskFiles.Instance
            )
                .Remap(problem)
                .Location;

        Assert.Equal(At(a, b), At(b, a));
        Assert.Equal(a, At(b, a).File);
    }
}
