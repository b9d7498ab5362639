using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

public class CardTests
{
    private const string Long =
        "Mapped every report, its owner and its consumers, then rebuilt the nightly pipeline step by step with tests, "
        + "alerts, a written runbook, weekly reviews with finance and sales, and a migration plan agreed with every "
        + "team that read the old numbers. ";

    private static void SetCards(PackWorkspace ws, string settings) =>
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t[..(t.IndexOf("\ncards:", StringComparison.Ordinal) + 1)] + "cards:\n" + settings
        );

    private static void LengthenAction(PackWorkspace ws, string story, string text) =>
        ws.Edit(Path.Combine(ws.Content, "stories", story + ".yaml"), t =>
        {
            var start = t.IndexOf("  action_1: ", StringComparison.Ordinal) + "  action_1: ".Length;
            return t[..start] + text.Trim() + t[t.IndexOf('\n', start)..];
        });

    [Theory]
    [InlineData("3x5", 360, 216, 9)]
    [InlineData("4x6", 432, 288, 11.5)]
    [InlineData("5x8", 576, 360, 13)]
    public void Each_card_size_prints_one_card_a_page_at_its_own_type_size(
        string size,
        double width,
        double height,
        double points
    )
    {
        using var ws = new PackWorkspace();
        SetCards(ws, $"  size: {size}\n");
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((width, height), (p.Width, p.Height)));
        var context = pdf.GetPage(1).GetWords().First(w => w.Text == "Context");
        Assert.Equal(points, context.Letters[0].PointSize, 0.1);
    }

    [Fact]
    public void A_long_card_shrinks_on_its_own_and_the_others_keep_their_type()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 3x5\n");
        LengthenAction(ws, "alpha", Long + Long);
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        double Size(int page) => pdf.GetPage(page).GetWords().First(w => w.Text == "Context").Letters[0].PointSize;
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.InRange(Size(1), 9 * 0.75 - 0.1, 8.9);
        Assert.Equal(9, Size(2), 0.1);
    }

    [Fact]
    public void The_themes_and_time_line_sits_at_the_foot_of_the_card()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        var page = pdf.GetPage(1);
        var foot = page.GetWords().First(w => w.Text == "tell");
        // PDF y grows upwards: the foot line's baseline is within the card's bottom margin (0.25in) and a line.
        Assert.InRange(foot.BoundingBox.Bottom, 18, 18 + 12);
    }

    [Fact]
    public void Every_card_too_long_for_a_3x5_card_is_its_own_error_at_its_story()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 3x5\n");
        LengthenAction(ws, "alpha", string.Concat(Enumerable.Repeat(Long, 8)));
        LengthenAction(ws, "beta", string.Concat(Enumerable.Repeat(Long.Replace("report", "dashboard"), 8)));
        var all = ws.Build().Diagnostics.Where(d => d.IsError).ToList();
        // Alpha's action is also a cue on the back of the question told with it, and that card says so too.
        Assert.Single(all, e =>
            e.Message.Contains("of prompts.md", StringComparison.Ordinal)
            && e.File.EndsWith(Path.Combine("stories", "alpha.yaml"))
        );
        var errors = all.Where(e => e.Message.Contains("of cards.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count(e => e.Code == DiagnosticCodes.TooBigForPage));
        foreach (var story in new[] { "alpha", "beta" })
        {
            var error = Assert.Single(errors, e => e.File.EndsWith(Path.Combine("stories", story + ".yaml")));
            Assert.Equal(DiagnosticCodes.TooBigForPage, error.Code);
            var line = File.ReadAllLines(error.File)[error.Line - 1];
            Assert.StartsWith("  action_1:", line);
            Assert.Contains("action_1", error.Message);
            Assert.Contains("75%", error.Message);
        }
    }

    [Fact]
    public void A_duplex_back_carries_the_card_title()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 4x6\n  duplex: long-edge\n");
        Assert.True(ws.Build().Succeeded);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        Assert.Equal(4, pdf.NumberOfPages);
        Assert.Contains("Alpha project", pdf.GetPage(2).Text);
        Assert.Contains("Context", pdf.GetPage(2).Text);
        Assert.Contains("Beta", pdf.GetPage(4).Text);
    }

    [Fact]
    public void Two_eight_by_five_cards_to_a_letter_sheet_warn_at_the_theme_that_cut_marks_are_left_out()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 5x8\n  per_sheet: 2\n  cut_marks: true\n");
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        // The prompt cards share the card settings, and warn for themselves.
        Assert.Single(report.Diagnostics, d =>
            d.Code == DiagnosticCodes.CutMarksNearEdge && d.Message.Contains("prompts.pdf", StringComparison.Ordinal)
        );
        var warning = Assert.Single(report.Diagnostics, d =>
            d.Code == DiagnosticCodes.CutMarksNearEdge && d.Message.Contains("cards.pdf", StringComparison.Ordinal)
        );
        Assert.EndsWith("theme.yaml", warning.File);
        Assert.StartsWith("  cut_marks:", File.ReadAllLines(warning.File)[warning.Line - 1]);
    }
}
