using PrepPack.Layout.Text;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

public class TextLayoutTests
{
    private static IReadOnlyList<string> Lines(string text, float width, TextAlign align = TextAlign.Left) =>
        Paragraph(text, align).Text.Lines(width).Select(l => l.Text.TrimEnd()).ToList();

    [Fact]
    public void Lines_break_at_spaces_and_spaces_hang_at_the_line_end()
    {
        var width = Paragraph("alpha beta").Text.MaxContentWidth + 1;
        Assert.Equal(["alpha beta", "gamma"], Lines("alpha beta gamma", width));
    }

    [Fact]
    public void A_no_break_space_keeps_a_number_with_its_unit()
    {
        var width = Paragraph("took 15").Text.MaxContentWidth + 1;
        Assert.Equal(["took", "15\u00A0min"], Lines("took 15\u00A0min", width));
    }

    [Fact]
    public void A_non_breaking_hyphen_keeps_a_word_whole_and_a_plain_hyphen_may_break()
    {
        var width = Paragraph("quote\u2011to\u2011bind").Text.MaxContentWidth + 1;
        Assert.Equal(["a quote-to-", "bind"], Lines("a quote-to-bind", width));
        Assert.Equal(["a", "quote\u2011to\u2011bind"], Lines("a quote\u2011to\u2011bind", width));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_where_it_must_be()
    {
        var lines = Lines("Supercalifragilistic", Paragraph("Supercal").Text.MaxContentWidth + 0.5f);
        Assert.True(lines.Count > 1);
        Assert.Equal("Supercalifragilistic", string.Concat(lines));
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last_line()
    {
        var text = Paragraph("one two three four five six seven eight nine ten", TextAlign.Justify).Text;
        var lines = text.Lines(120);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.Equal(120, l.Width, 0.01));
        Assert.True(lines[^1].Width < 120);
    }

    [Fact]
    public void A_hard_break_starts_a_new_line()
    {
        Assert.Equal(["first", "second"], Lines("first\nsecond", 500));
    }

    [Fact]
    public void Shaping_applies_kerning_so_av_is_narrower_than_its_letters_apart()
    {
        var face = Faces.FacesOf(Body)[0];
        var pair = face.Shape("AV", 10).Width;
        var apart = face.Shape("A", 10).Width + face.Shape("V", 10).Width;
        Assert.True(pair < apart, $"{pair} vs {apart}");
    }

    [Fact]
    public void Shaping_applies_ligatures_so_fi_draws_as_one_glyph()
    {
        var face = Faces.FacesOf(Body)[0];
        Assert.Single(face.Shape("fi", 10).Shape.Glyphs);
    }

    [Theory]
    [InlineData("a b", 2, true)]
    [InlineData("a\u00A0b", 1, false)]
    [InlineData("a\u2011b", 2, false)]
    [InlineData("ab-cd", 3, true)]
    [InlineData("a—b", 2, true)]
    public void Break_opportunities_follow_the_unicode_rules_that_matter_for_prose(string text, int index, bool allowed)
    {
        Assert.Equal(allowed, LineBreaker.Opportunities(text)[index] != LineBreaker.Break.None);
    }
}
