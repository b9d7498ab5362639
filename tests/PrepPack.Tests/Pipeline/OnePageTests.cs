using PrepPack.Content;
using PrepPack.Diagnostics;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>A bank too large for one page: the one-page outputs keep what matters and point to the binder.</summary>
public class OnePageTests(LargeBankPack pack) : IClassFixture<LargeBankPack>
{
    private static string Text(byte[] pdf)
    {
        using var document = PdfInspection.Open(pdf);
        return string.Join("\n", document.GetPages().Select(PdfText.Of));
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("matrix.pdf", 34, "in its project matrix")]
    [InlineData("cheatsheet.pdf", 50, "in Stories in full")]
    public void A_one_page_output_of_a_large_bank_is_one_page_with_the_flagship_and_says_how_many_more_the_binder_holds(
        string output,
        int leftOut,
        string where
    )
    {
        Assert.True(pack.Report.Succeeded, string.Join("\n", pack.Report.Diagnostics));
        using var pdf = PdfInspection.Open(pack.Read(output));
        Assert.Equal(1, pdf.NumberOfPages);
        var text = OneLine(PdfText.Of(pdf.GetPage(1)));
        Assert.Contains("Quoting funnel dashboard", text);
        Assert.Contains($"{leftOut} more stories are in the binder, {where}.", text);
    }

    [Theory]
    [InlineData("matrix", 26, 34)]
    [InlineData("cheatsheet", 10, 50)]
    public void The_build_warns_at_the_template_naming_the_output_and_how_many_stories_it_left_out(
        string name,
        int shown,
        int leftOut
    )
    {
        var warning = Assert.Single(pack.Report.Diagnostics, d =>
            d.Code == DiagnosticCodes.StoriesLeftOut && d.File.EndsWith(name + ".sbn")
        );
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.True(warning.Line > 1, "the warning points at the line that asks for the list");
        Assert.Contains(
            $"{name}.pdf has room for {shown} of the {LargeBankPack.Stories} stories: {leftOut} are left out",
            warning.Message
        );
        Assert.Contains($"'{name}_stories' under 'one_page:'", warning.Hint);
    }

    [Fact]
    public void Only_the_one_page_outputs_leave_stories_out() =>
        Assert.Equal(
            ["cheatsheet.sbn", "matrix.sbn"],
            pack.Report.Diagnostics.Where(d => d.Code == DiagnosticCodes.StoriesLeftOut)
                .Select(d => Path.GetFileName(d.File))
                .Order()
        );

    [Fact]
    public void No_table_in_the_binder_of_a_large_bank_leaves_a_row_alone_on_either_side_of_a_page_break()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var breaks = PrepPack.Tests.Pdf.BinderPageTests.TableBreaks(pdf);
        Assert.Contains(breaks, b => b.Header.StartsWith("Story Impact"));
        Assert.All(breaks, b =>
            Assert.True(
                b.Before >= 2 && b.After >= 2,
                $"The table '{b.Header}' breaks before page {b.Page} with {b.Before} row(s) before and {b.After} after."
            )
        );
    }

    [Fact]
    public void The_binder_of_a_large_bank_holds_every_story()
    {
        var binder = OneLine(Text(pack.Read("binder.pdf")));
        var titles = StoryBankLoader.Load(pack.Content).Bank!.Stories.Select(s => s.Title).ToList();
        Assert.Equal(LargeBankPack.Stories, titles.Count);
        Assert.All(titles, title => Assert.Contains(title, binder));
    }

    [Fact]
    public void The_matrix_shows_its_stories_flagship_first_then_by_total()
    {
        var bank = StoryBankLoader.Load(pack.Content).Bank!;
        var shown = new PackModel(bank, new(), "").MatrixStories.Stories;
        Assert.Equal("Quoting funnel dashboard", shown[0].Title);
        // Titles wrap inside their cells on the page; the Markdown the page was made from has a row per story.
        var rows = File.ReadLines(Path.Combine(pack.Output, ".preppack", "markdown", "matrix.md"))
            .Where(l => l.StartsWith("| **", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(shown.Count, rows.Count);
        Assert.All(shown.Zip(rows), pair => Assert.StartsWith($"| **{pair.First.Title}**", pair.Second));
        Assert.Equal(shown.Select(s => s.Total).Skip(1).OrderDescending(), shown.Select(s => s.Total).Skip(1));
    }
}
