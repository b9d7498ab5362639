using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The sample cheat sheet's type: figures in bold and little else, a footer no larger than the text.</summary>
public class CheatSheetTypeTests(SamplePack pack) : IClassFixture<SamplePack>
{
    [Fact]
    public void Under_a_tenth_of_the_cheat_sheets_glyphs_are_bold_and_those_in_the_text_are_figures()
    {
        using var pdf = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        var letters = pdf.GetPage(1).Letters.Where(l => l.Value.Trim().Length > 0).ToList();
        var bold = letters.Where(l => l.FontName!.Contains("Bold")).ToList();
        Assert.True(bold.Count < letters.Count / 10.0, $"{bold.Count} of {letters.Count} glyphs are bold.");
        // Headings (the sans) aside, every bold run in the serif text holds a figure: "2 weeks" is a figure and its
        // unit.
        var words = pdf.GetPage(1).GetWords().ToList();
        static bool Bold(UglyToad.PdfPig.Content.Word w) => w.Letters.All(l => l.FontName!.Contains("Serif-Bold"));
        static bool Figure(string w) => w.Any(c => char.IsDigit(c) || "→≤≥%$".Contains(c));
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (!Bold(w) || Figure(w.Text))
                continue;
            var unit = i > 0 && Bold(words[i - 1]) && Figure(words[i - 1].Text);
            Assert.True(unit, $"'{w.Text}' is bold and is neither a figure nor its unit.");
        }
    }

    [Fact]
    public void The_cheat_sheets_footer_is_no_larger_than_its_body_type()
    {
        using var pdf = PdfInspection.Open(pack.Read("cheatsheet.pdf"));
        var letters = pdf.GetPage(1).Letters.Where(l => l.Value.Trim().Length > 0).ToList();
        var body = letters.GroupBy(l => Math.Round(l.PointSize, 2)).MaxBy(g => g.Count())!.Key;
        var footer = letters.Where(l => l.BoundingBox.Bottom < 36).ToList();
        Assert.NotEmpty(footer);
        Assert.All(footer, l =>
            Assert.True(l.PointSize <= body + 0.01, $"The footer is {l.PointSize:0.0} pt, the body {body:0.0} pt.")
        );
    }
}
