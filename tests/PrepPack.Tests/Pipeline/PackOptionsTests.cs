using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

public class PackOptionsTests
{
    private static void AddStories(PackWorkspace ws, int count)
    {
        var alpha = File.ReadAllText(Path.Combine(ws.Content, "stories", "alpha.yaml")).Replace("flagship: true\n", "");
        for (var i = 1; i <= count; i++)
            File.WriteAllText(
                Path.Combine(ws.Content, "stories", $"extra-{i:00}.yaml"),
                alpha
                    .Replace("id: alpha", $"id: extra-{i:00}")
                    .Replace("title: Alpha project", $"title: Extra project number {i}")
            );
    }

    private static void SetCards(PackWorkspace ws, string settings) =>
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t[..(t.IndexOf("\ncards:", StringComparison.Ordinal) + 1)] + "cards:\n" + settings
        );

    [Fact]
    public void The_matrix_of_twenty_four_stories_still_fits_one_page()
    {
        using var ws = new PackWorkspace();
        AddStories(ws, 22);
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("matrix.pdf")));
        Assert.Equal(1, pdf.NumberOfPages);
        Assert.Contains("number 22", PdfText.Of(pdf.GetPage(1)));
    }

    [Fact]
    public void A_matrix_told_to_show_more_stories_than_a_page_holds_is_an_error_that_says_so()
    {
        using var ws = new PackWorkspace();
        AddStories(ws, 90);
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t.Replace("matrix_stories: 26", "matrix_stories: 200"));
        var report = ws.Build();
        var error = Assert.Single(report.Diagnostics, d => d.IsError && d.Code == DiagnosticCodes.OverOnePage);
        // Told at the story text to cut first, with the setting that asked for more stories in the hint.
        Assert.StartsWith(Path.Combine(ws.Content, "stories"), error.File);
        Assert.StartsWith("matrix.pdf must fit on one page", error.Message);
        Assert.Contains("one_page:", error.Hint);
    }

    [Fact]
    public void A_principle_no_story_shows_is_printed_as_a_plainly_marked_gap()
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Content, "frameworks", "acme.yaml"), t =>
            t + "  - id: speed\n    name: Speed\n    emphasise: Fast.\n"
        );
        Assert.True(ws.Build().Succeeded);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("binder.pdf")));
        var coverage = string.Join(" ", pdf.GetPages().Select(p => PdfText.Column(p, "Coverage", "Primary")));
        Assert.Contains(
            "Gap — no story shows it: add the principle to a story's principles, or write a story for it",
            coverage
        );
    }

    [Fact]
    public void Duplex_cards_print_a_front_and_a_back_for_every_story()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 4x6\n  duplex: true\n");
        Assert.True(ws.Build().Succeeded);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        Assert.Equal(4, pdf.NumberOfPages);
        Assert.Contains("Alpha project", pdf.GetPage(1).Text);
        Assert.DoesNotContain("Context", pdf.GetPage(1).Text);
        Assert.Contains("Context", pdf.GetPage(2).Text);
    }

    [Theory]
    [InlineData("long-edge")]
    [InlineData("true")]
    [InlineData("short-edge")]
    public void Four_cards_to_a_landscape_sheet_put_each_back_behind_its_front_for_the_flip_asked_for(string duplex)
    {
        using var ws = new PackWorkspace();
        SetCards(ws, $"  size: 3x5\n  per_sheet: 4\n  sheet: letter\n  duplex: {duplex}\n");
        Assert.True(ws.Build().Succeeded);
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        Assert.Equal(2, pdf.NumberOfPages);
        var (front, back) = (pdf.GetPage(1), pdf.GetPage(2));
        Assert.Equal((792, 612), (front.Width, front.Height));
        UglyToad.PdfPig.Core.PdfRectangle Of(UglyToad.PdfPig.Content.Page page, string word) =>
            page.GetWords().First(w => w.Text == word).BoundingBox;
        // Alpha is first: top left on the front. A landscape sheet turned on its long edge (top and
        // bottom) puts its back at the bottom left; turned on its short edge, at the top right.
        Assert.True(Of(front, "Alpha").Left < front.Width / 2 && Of(front, "Alpha").Bottom > front.Height / 2);
        var backOfAlpha = Of(back, "Alpha");
        if (duplex == "short-edge")
            Assert.True(backOfAlpha.Left > back.Width / 2 && backOfAlpha.Bottom > back.Height / 2);
        else
            Assert.True(backOfAlpha.Left < back.Width / 2 && backOfAlpha.Bottom < back.Height / 2);
        Assert.Contains(front.GetWords(), w => w.Text == "Beta");
    }

    [Fact]
    public void More_cards_to_a_sheet_than_fit_is_an_error_saying_how_many_do()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 5x8\n  per_sheet: 4\n  sheet: letter\n");
        // The story cards and the prompt cards share the theme's card settings, and each says so.
        var errors = ws.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["cards.sbn", "prompts.sbn"], errors.Select(e => Path.GetFileName(e.File)));
        Assert.All(errors, error => Assert.Equal(DiagnosticCodes.FrontMatterInvalid, error.Code));
        Assert.All(errors, error =>
            Assert.Equal("4 pages of 8in x 5in do not fit on a letter sheet; at most 2 do.", error.Message)
        );
    }
}
