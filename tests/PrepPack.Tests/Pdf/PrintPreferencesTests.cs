using PrepPack.Tests.Support;
using UglyToad.PdfPig.Tokens;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// Cards ask the print dialog for their duplex edge and for no scaling, so a "fit to page" default
/// does not shrink an index card and the backs land behind their fronts.
/// </summary>
public class PrintPreferencesTests(SamplePack pack) : IClassFixture<SamplePack>
{
    private static (string? Duplex, string? Scaling) Preferences(byte[] bytes)
    {
        using var pdf = PdfInspection.Open(bytes);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var preferences = (DictionaryToken)PdfStructure.Get(pdf, catalog, "ViewerPreferences")!;
        string? Name(string key) => (PdfStructure.Get(pdf, preferences, key) as NameToken)?.Data;
        return (Name("Duplex"), Name("PrintScaling"));
    }

    [Theory]
    [InlineData("long-edge", "DuplexFlipLongEdge")]
    [InlineData("short-edge", "DuplexFlipShortEdge")]
    [InlineData("none", "Simplex")]
    public void A_document_that_says_its_duplex_asks_the_print_dialog_for_it_and_for_no_scaling(
        string duplex,
        string expected
    )
    {
        var result = Render($"---\npage: index-3x5\nduplex: {duplex}\n---\n\nFront\n\n\\newpage\n\nBack\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal((expected, "None"), Preferences(result.Bytes!));
    }

    [Fact]
    public void A_document_that_says_nothing_of_duplex_leaves_the_print_dialog_alone()
    {
        Assert.Equal((null, null), Preferences(Render("# Notes\n\nText.\n").Bytes!));
    }

    [Theory]
    [InlineData("cards.pdf")]
    [InlineData("prompts.pdf")]
    public void The_sample_cards_and_prompts_print_one_sided_as_the_theme_says_at_their_own_size(string name)
    {
        // The sample theme prints cards one-sided (duplex: false).
        Assert.Equal(("Simplex", "None"), Preferences(pack.Read(name)));
    }
}
