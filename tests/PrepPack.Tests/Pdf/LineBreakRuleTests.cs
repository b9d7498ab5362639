using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>Where lines break in print, read back from the PDF at many widths: figures, dots, arrows and titles kept
/// as a typesetter keeps them.</summary>
public class LineBreakRuleTests
{
    private const string Text =
        "Cut cost per row from 200k-row loads and 30-bed wards; answered in 0:59 of 2:00 with 3 of 5 stories; "
        + "flagship · failure → learning; the Follow-ups table and the COVID-19 backlog took 2-3 h and 10-15% more on "
        + "2026-11-21.";

    /// <summary>Each printed line of the paragraph, at a page <paramref name="inches"/> wide, its words by
    /// baseline.</summary>
    private static List<string> Lines(string markdown, double inches)
    {
        var result = Typesetting.Render(
            $"---\ntitle: Breaks\npage: \"{inches:0.##}in x 9in\"\nmargin: 0.25in\nfooter: \"\"\n---\n\n{markdown}\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        return pdf.GetPages()
            .SelectMany(p => p.GetWords())
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g =>
                string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Replace('\u00A0', ' ')
            )
            .ToList();
    }

    public static TheoryData<double> Widths() => [.. Enumerable.Range(0, 14).Select(i => 1.6 + i * 0.2)];

    [Theory]
    [MemberData(nameof(Widths))]
    public void Figures_stay_whole_and_dots_and_arrows_lead_on_at_every_width(double inches)
    {
        var lines = Lines(Text, inches);
        var all = string.Join(" ", lines);
        foreach (var line in lines)
        {
            Assert.False(
                line.EndsWith('·') || line.EndsWith('→'),
                $"At {inches} in a line ends on a dot or an arrow: '{line}'."
            );
            Assert.False(
                line.EndsWith("200k-") || line.EndsWith("30-") || line.EndsWith("COVID-") || line.EndsWith("Follow-"),
                $"At {inches} in a compound breaks: '{line}'."
            );
            Assert.False(
                line.EndsWith("0:59") || line.EndsWith("0:59 of") || line.EndsWith("3 of") || line.EndsWith(" 3"),
                $"At {inches} in a count breaks: '{line}'."
            );
        }
        Assert.Contains("0:59 of 2:00", all);
        Assert.Contains("3 of 5", all);
    }

    [Fact]
    public void A_range_typed_with_a_hyphen_prints_with_an_en_dash_and_a_date_keeps_its_hyphens()
    {
        var all = string.Join(" ", Lines(Text, 8));
        Assert.Contains("2\u20133 h", all);
        Assert.Contains("10\u201315%", all);
        Assert.Contains("2026-11-21", all);
        Assert.Contains("30-bed", all);
    }

    [Theory]
    [InlineData("Dana Okafor · Data Engineer")]
    [InlineData("Teamwork · Conflict — about 1:15 to tell")]
    public void A_title_or_footer_never_ends_on_one_short_word_alone(string text)
    {
        for (var inches = 3.0; inches < 7; inches += 0.1)
        {
            var lines = Lines($"# {text}", inches);
            if (lines.Count < 2)
                continue;
            Assert.True(
                lines[^1].Contains(' '),
                $"At {inches:0.0} in the title ends on '{lines[^1]}' alone: {string.Join(" / ", lines)}."
            );
        }
    }
}
