using PrepPack.Diagnostics;
using PrepPack.Markdown;
using PrepPack.Tests.Support;
using PrepPack.Theming;

namespace PrepPack.Tests.Theming;

/// <summary>theme.yaml's <c>cards: duplex:</c> and a template's <c>duplex:</c> take the same words.</summary>
public class DuplexTests
{
    [Theory]
    [InlineData("long-edge", DuplexEdge.LongEdge)]
    [InlineData("Short-Edge", DuplexEdge.ShortEdge)]
    [InlineData("true", DuplexEdge.LongEdge)]
    [InlineData("yes", DuplexEdge.LongEdge)]
    [InlineData("false", DuplexEdge.None)]
    [InlineData("none", DuplexEdge.None)]
    public void The_theme_and_the_front_matter_read_a_duplex_word_alike(string word, DuplexEdge edge)
    {
        using var folder = new TempFolder();
        var themeFile = folder.Combine("theme.yaml");
        File.WriteAllText(themeFile, $"cards:\n  duplex: {word}\n");
        var diagnostics = new DiagnosticBag();

        var theme = ThemeReader.Read(themeFile, diagnostics);
        var (settings, _) = FrontMatterReader.Read("t.md", $"---\nduplex: {word}\n---\nBody\n", diagnostics);

        Assert.Empty(diagnostics);
        Assert.Equal((edge, edge), (theme.Cards.Flip, settings.Flip));
    }

    [Fact]
    public void The_duplex_the_theme_chose_reads_back_from_the_front_matter_the_cards_template_writes()
    {
        foreach (var edge in Enum.GetValues<DuplexEdge>())
        {
            var cards = new CardSettings { Flip = edge };
            var diagnostics = new DiagnosticBag();
            var written = $"---\nduplex: \"{cards.DuplexMode}\"\n---\n";
            var (settings, _) = FrontMatterReader.Read("t.md", written, diagnostics);
            Assert.Empty(diagnostics);
            Assert.Equal(edge, settings.Flip);
        }
    }

    [Fact]
    public void A_word_that_is_no_edge_is_reported_with_the_same_words_in_both_files()
    {
        using var folder = new TempFolder();
        var themeFile = folder.Combine("theme.yaml");
        File.WriteAllText(themeFile, "cards:\n  duplex: sideways\n");
        var diagnostics = new DiagnosticBag();

        ThemeReader.Read(themeFile, diagnostics);
        FrontMatterReader.Read("t.md", "---\nduplex: sideways\n---\n", diagnostics);

        const string Said = "must be long-edge, short-edge or false, not 'sideways'";
        Assert.Equal(2, diagnostics.Count(d => d.Message.Contains(Said)));
    }
}
