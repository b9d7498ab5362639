using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>Where the sample pack's page footers print: inside what a printer can reach, and in one place per
/// document.</summary>
public class FooterPlacementTests(SamplePack pack) : IClassFixture<SamplePack>
{
    [Theory]
    [InlineData("binder.pdf")]
    [InlineData("cheatsheet.pdf")]
    [InlineData("matrix.pdf")]
    [InlineData("tracker.pdf")]
    [InlineData("tmay.pdf")]
    public void Every_footer_prints_a_quarter_inch_or_more_inside_the_edge_at_the_same_place_on_every_page(string file)
    {
        using var pdf = PdfInspection.Open(pack.Read(file));
        var baselines = new HashSet<double>();
        foreach (var page in pdf.GetPages())
        {
            // The footer is the lowest line on the page, below the content's half-inch margin.
            var footer = page.Letters.Where(l => l.Value.Trim().Length > 0 && l.BoundingBox.Bottom < 36).ToList();
            if (footer.Count == 0)
                continue;
            var lowest = footer.Min(l => l.BoundingBox.Bottom);
            Assert.True(
                lowest >= 18,
                $"{file} page {page.Number}: the footer reaches {lowest / 72:0.00} in from the paper's edge."
            );
            baselines.Add(Math.Round(footer.Min(l => l.StartBaseLine.Y), 1));
        }
        Assert.NotEmpty(baselines);
        var places = string.Join(", ", baselines.Select(b => $"{b / 72:0.000} in"));
        Assert.True(baselines.Count == 1, $"{file}: footers sit at {places} from the edge.");
    }
}
