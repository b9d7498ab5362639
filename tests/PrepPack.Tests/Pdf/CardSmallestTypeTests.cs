using System.Globalization;
using System.Text.RegularExpressions;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;
using PrepPack.Theming;
using UglyToad.PdfPig;

namespace PrepPack.Tests.Pdf;

/// <summary>
/// The theme states the smallest body type a card may print at, type_size x fit_floor for each card size, and no
/// card of the sample prints below it or lets its last bullet crowd the foot line.
/// </summary>
public partial class CardSmallestTypeTests
{
    private static string ThemeFile => Path.Combine(RepoPaths.Templates, "theme.yaml");

    [Fact]
    public void The_theme_states_the_smallest_card_type_for_each_size_as_its_type_size_times_its_fit_floor()
    {
        var cards = ThemeReader.Read(ThemeFile, new DiagnosticBag()).Cards;
        var stated = Stated()
            .Matches(File.ReadAllText(ThemeFile))
            .ToDictionary(
                m => m.Groups["size"].Value,
                m => float.Parse(m.Groups["pt"].Value, CultureInfo.InvariantCulture)
            );
        Assert.Equal(CardSettings.Sizes, stated.Keys.Order());
        foreach (var size in CardSettings.Sizes)
            Assert.Equal(cards.TypeSizes[size] * cards.FitFloor, stated[size], 0.05f);
    }

    [Theory]
    [InlineData("3x5")]
    [InlineData("4x6")]
    [InlineData("5x8")]
    public void No_sample_card_prints_its_bullets_below_the_smallest_size_or_less_than_a_line_above_the_foot(
        string size
    )
    {
        using var folder = new TempFolder();
        var templates = folder.Combine("templates");
        TempFolder.CopyInto(RepoPaths.Templates, templates);
        var theme = Path.Combine(templates, "theme.yaml");
        File.WriteAllText(theme, File.ReadAllText(theme).Replace("  size: 4x6\n", $"  size: {size}\n"));
        var options = new BuildOptions(RepoPaths.SampleContent, templates, folder.Combine("output"))
        {
            Only = ["cards"],
        };
        var report = PackBuilder.Build(options);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var cards = ThemeReader.Read(theme, new DiagnosticBag()).Cards;
        var smallest = cards.TypeSizes[size] * cards.FitFloor;

        using var pdf = PdfDocument.Open(File.ReadAllBytes(folder.Combine("output", "cards.pdf")));
        Assert.Equal(10, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            var lines = page
                .Letters.Where(l => l.Value.Trim().Length > 0)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .OrderBy(g => g.Key)
                .ToList();
            var (foot, bullet) = (lines[0], lines[1]);
            var type = bullet.Max(l => l.PointSize);
            Assert.True(
                type >= smallest - 0.01,
                $"{size} card {page.Number}: its last bullet is {type:0.00} pt, under the theme's {smallest:0.00} pt."
            );
            var space = bullet.Key - foot.Max(l => l.BoundingBox.Top);
            Assert.True(
                space >= type * 1.3 - 0.1,
                $"{size} card {page.Number}: {space:0.0} pt between the last bullet and the foot, under a line of "
                    + $"{type:0.0} pt type."
            );
        }
    }

    // "3x5: 6.75 pt" in the theme's comment on cards.
    [GeneratedRegex(@"(?m)^#.*?(?<size>\dx\d) (?<pt>\d+(?:\.\d+)?) pt")]
    private static partial Regex Stated();
}
