using System.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>A computer with no fonts installed (stock Windows or macOS lack DejaVu; a container may have none at
/// all).</summary>
public class NoSystemFontsTests
{
    [Fact]
    public async Task The_whole_sample_pack_builds_on_a_computer_without_any_fonts()
    {
        using var folder = new TempFolder();
        var config = folder.Combine("fonts.conf");
        File.WriteAllText(config, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
        var cli = Path.Combine(AppContext.BaseDirectory, "preppack.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (
            var arg in new[]
            {
                cli,
                "build",
                "--content",
                RepoPaths.SampleBank,
                "--templates",
                RepoPaths.Templates,
                "--out",
                folder.Combine("output"),
            }
        )
            start.ArgumentList.Add(arg);
        start.Environment["FONTCONFIG_FILE"] = config;
        start.Environment["FONTCONFIG_PATH"] = folder.Path;

        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        Assert.True(process.WaitForExit(120_000), "the build did not finish");

        Assert.True(process.ExitCode == 0, output + error);
        Assert.DoesNotContain("PP0404", output);
        foreach (
            var name in new[]
            {
                "binder.pdf",
                "cards.pdf",
                "cheatsheet.pdf",
                "matrix.pdf",
                "tmay.pdf",
                "star-amazon.docx",
                "star-meta.docx",
            }
        )
            Assert.True(File.Exists(folder.Combine("output", name)), $"{name} is missing:\n{output}");
        using var pdf = PdfInspection.Open(File.ReadAllBytes(folder.Combine("output", "cards.pdf")));
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct(), f =>
            Assert.Contains("DejaVu", f)
        );
    }

    [Fact]
    public void A_theme_font_that_is_nowhere_is_a_warning_at_its_line_and_the_bundled_family_is_used()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t.Replace("body: [DejaVu Serif]", "body: [No Such Font]")
        );
        var report = ws.Build();
        var warning = Assert.Single(report.Diagnostics.Where(d => d.Code == "PP0404").DistinctBy(d => d.Location));
        Assert.EndsWith("theme.yaml", warning.File);
        Assert.True(warning.Line > 0);
        Assert.Contains("DejaVu Serif is used instead", warning.Message);
        Assert.True(File.Exists(ws.OutputFile("cards.pdf")));
    }
}
