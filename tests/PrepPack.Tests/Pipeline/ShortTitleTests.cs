using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>A story's short_title is what the one-page outputs print; the rest keep its title.</summary>
public class ShortTitleTests
{
    private const string Title = "Rebuilt the quarterly claims reconciliation across three regional systems";

    private static string Text(string pdf)
    {
        using var document = PdfInspection.Open(File.ReadAllBytes(pdf));
        return string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void The_matrix_cheat_sheet_and_tracker_print_the_short_title_and_the_binder_cards_the_title()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var templates = folder.Combine("templates");
        var output = folder.Combine("output");
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "MinimalBank"), content);
        MinimalBankTemplates.CopyInto(templates);
        var alpha = Path.Combine(content, "stories", "alpha.yaml");
        File.WriteAllText(
            alpha,
            File.ReadAllText(alpha)
                .Replace("title: Alpha project\n", $"title: {Title}\nshort_title: Claims reconciliation\n")
        );

        var errors = new StringWriter();
        var exit = PrepPack.Cli.PrepPackCli.Run(
            ["build", "--content", content, "--templates", templates, "--out", output],
            new StringWriter(),
            errors
        );

        Assert.Equal(0, exit);
        Assert.DoesNotContain("PP0422", errors.ToString());
        foreach (var onePage in new[] { "matrix.pdf", "cheatsheet.pdf", "tracker.pdf" })
        {
            var text = Text(Path.Combine(output, onePage));
            Assert.Contains("Claims reconciliation", text);
            Assert.DoesNotContain("regional", text);
        }
        var cards = Text(Path.Combine(output, "cards.pdf"));
        Assert.Contains("regional", cards);
        Assert.DoesNotContain("Claims reconciliation", cards);
    }
}
