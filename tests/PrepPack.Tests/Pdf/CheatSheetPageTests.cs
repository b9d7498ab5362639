using System.Text.RegularExpressions;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// The sample's cheat sheet names each story once, with its reminder and the figures the reminder does not say, so
/// the page fits at 8 pt or more on letter and A4 paper, alone and in the binder.
/// </summary>
public class CheatSheetPageTests(SamplePack pack) : IClassFixture<SamplePack>
{
    private const string Stories = "Stories and the numbers to say · ○ not yet practised aloud";

    [Theory]
    [InlineData("letter")]
    [InlineData("a4")]
    public void The_sample_cheat_sheet_is_one_page_with_no_type_under_8_pt_alone_and_in_the_binder(string size)
    {
        using var folder = new TempFolder();
        var templates = folder.Combine("templates");
        TempFolder.CopyInto(RepoPaths.Templates, templates);
        var theme = Path.Combine(templates, "theme.yaml");
        File.WriteAllText(theme, Regex.Replace(File.ReadAllText(theme), @"(?m)^  size: letter$", $"  size: {size}"));
        var options = new BuildOptions(RepoPaths.SampleContent, templates, folder.Combine("output"))
        {
            Only = ["cheatsheet", "binder"],
        };
        var report = PackBuilder.Build(options);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));

        using var sheet = PdfDocument.Open(File.ReadAllBytes(folder.Combine("output", "cheatsheet.pdf")));
        Assert.Equal(1, sheet.NumberOfPages);
        AssertWholeSheetAtLeast8Pt(sheet.GetPage(1), $"cheatsheet.pdf at {size}");

        using var binder = PdfDocument.Open(File.ReadAllBytes(folder.Combine("output", "binder.pdf")));
        var page = Assert.Single(binder.GetPages(), p => PdfText.Lines(p).Contains(Stories));
        AssertWholeSheetAtLeast8Pt(page, $"the binder's cheat sheet (page {page.Number}) at {size}");
    }

    [Fact]
    public void Each_story_is_one_item_and_the_figures_its_reminder_says_are_not_printed_again()
    {
        using var pdf = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        var lines = PdfText.Lines(pdf.GetPage(1)).ToList();
        Assert.DoesNotContain("Numbers to say", lines);
        var items = Items(lines, Stories, "The lesson");
        Assert.Equal(10, items.Count);
        foreach (var story in pack.Bank.Stories)
            Assert.Single(items, i => i.TrimStart('○', ' ').StartsWith((story.ShortTitle ?? story.Title) + " — "));

        // Every figure of the reminder said once: the reminder says $1.2M, 7 days to 2 h and 10M, so nothing follows.
        Assert.Contains(
            "○ Book-of-business data model — 10M policy rows in one star schema; latency 7 days to 2 h; $1.2M "
                + "retention programme",
            items
        );
        // Figures the reminder does not say follow it, each once, every one the story lists.
        var funnel = Assert.Single(items, i => i.StartsWith("Quoting funnel dashboard"));
        Assert.Equal(
            "Quoting funnel dashboard — One self-serve funnel from quote to bind; led 2 analysts; $1.5M projected "
                + "premium lift · 15 min refresh time, down from 2–3 h; 10 → 1 reports replaced by one dashboard; "
                + "120 weekly active users, a top-3 dashboard",
            funnel
        );
        Assert.Single(Regex.Matches(string.Join(" ", items), Regex.Escape("$1.5M")));
    }

    [Fact]
    public void A_thin_principle_with_no_backup_says_so_in_words_and_no_line_ends_in_a_dash()
    {
        using var pdf = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        var lines = PdfText.Lines(pdf.GetPage(1));
        Assert.Contains("• Think Big — thin: Quoting funnel dashboard (no backup yet)", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith("/ —", StringComparison.Ordinal));
    }

    // The sheet runs from its title to the readiness lines on this one page, all of it at 8 pt or more.
    private static void AssertWholeSheetAtLeast8Pt(Page page, string what)
    {
        var text = string.Join(" ", PdfText.Lines(page));
        Assert.Contains("Dana Okafor · Data Engineer (Product Analytics)", text);
        Assert.Contains("Ready: 5 of 6 interview themes", text);
        Assert.Contains("Teamwork: no story answers it yet", text);
        var smallest = page.Letters.Where(l => l.Value.Trim().Length > 0).Min(l => l.PointSize);
        Assert.True(smallest >= 7.995, $"{what}: the smallest type is {smallest:0.00} pt.");
    }

    // The list items between two headings, each item's wrapped lines joined and its bullet taken off.
    private static List<string> Items(IReadOnlyList<string> lines, string from, string to)
    {
        var start = lines.ToList().IndexOf(from);
        var end = lines.ToList().IndexOf(to);
        Assert.True(start >= 0 && end > start, string.Join("\n", lines));
        var items = new List<string>();
        foreach (var line in lines.Skip(start + 1).Take(end - start - 1))
            if (line.StartsWith('•'))
                items.Add(line.TrimStart('•', ' '));
            else
                items[^1] += " " + line;
        return items;
    }
}
