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
        // The line breaks at a hyphen, and the last line keeps two pieces rather than one alone.
        Assert.Equal(["a quote-", "to-bind"], Lines("a quote-to-bind", width));
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
    public void A_word_of_100000_letters_is_cut_into_full_lines_that_each_fit_in_time_in_proportion_to_its_length()
    {
        var word = string.Concat(Enumerable.Repeat("Wavefi", 100_000 / 6));
        var width = Paragraph("Wavefi Wavefi Wavefi").Text.MaxContentWidth;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lines = Paragraph("Start " + word + " end").Text.Lines(width);
        clock.Stop();

        // Spaces at a line's end hang outside it, so the text is compared without them.
        Assert.Equal("Start" + word + "end", string.Concat(lines.Select(l => l.Text)).Replace(" ", ""));
        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01f, $"a line of {l.Width} pt in {width} pt"));
        // Each line but the last is full: the next character would not have fitted.
        var full = Paragraph(lines[2].Text + word[0]).Text.MaxContentWidth;
        Assert.True(full > width, $"line 3 could have taken another character ({full} pt in {width} pt)");
        Assert.True(clock.Elapsed.TotalSeconds < 20, $"took {clock.Elapsed.TotalSeconds:0} s");
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
    [InlineData("abcd-efgh", 5, true)]
    [InlineData("Follow-ups", 7, false)]
    [InlineData("ab-cdef", 3, false)]
    [InlineData("a—b", 2, true)]
    public void Break_opportunities_follow_the_unicode_rules_that_matter_for_prose(string text, int index, bool allowed)
    {
        Assert.Equal(allowed, LineBreaker.Opportunities(text)[index] != LineBreaker.Break.None);
    }

    [Theory]
    [InlineData("took 10-15% longer", "took", "10-15%")]
    [InlineData("took 2–3 h longer", "took", "2–3 h")]
    [InlineData("took 2 – 3 weeks", "took", "2 – 3 weeks")]
    public void A_number_range_is_never_split_at_its_dash(string text, string first, string second)
    {
        // Room for the range alone, and for the line to have broken at its dash.
        var dash = second.IndexOfAny(['-', '\u2013']) + 1;
        var width =
            Math.Max(
                Paragraph(second).Text.MaxContentWidth,
                Paragraph(first + " " + second[..dash]).Text.MaxContentWidth
            ) + 1;
        var lines = Lines(text, width);
        Assert.Equal(first, lines[0]);
        Assert.StartsWith(second, lines[1]);
    }

    [Theory]
    [InlineData("cut to 15 min", "cut to 15")]
    [InlineData("then 5 days", "then 5")]
    [InlineData("grew 3 x over", "grew 3")]
    [InlineData("about 20 %", "about 20")]
    [InlineData("led 5 engineers", "led 5")]
    public void A_number_stays_on_the_line_of_its_unit(string text, string fits)
    {
        var lines = Lines(text, Paragraph(fits).Text.MaxContentWidth + 1);
        Assert.DoesNotContain(lines, l => char.IsDigit(l[^1]));
    }

    [Theory]
    [InlineData("10-15%", 3, false)]
    [InlineData("2–3", 2, false)]
    [InlineData("COVID-19", 6, false)]
    [InlineData("200k-row", 5, false)]
    [InlineData("30-bed", 3, false)]
    [InlineData("0:59 of 2:00", 5, false)]
    [InlineData("0:59 of 2:00", 8, false)]
    [InlineData("3 of the team", 5, true)]
    [InlineData("failure · learning", 10, false)]
    [InlineData("failure → learning", 10, false)]
    [InlineData("failure → learning", 8, true)]
    [InlineData("15 min", 3, false)]
    [InlineData("15 minions", 3, true)]
    [InlineData("3 xylophones", 2, true)]
    [InlineData("Step 1 then", 7, true)]
    public void Break_opportunities_keep_figures_whole(string text, int index, bool allowed)
    {
        Assert.Equal(allowed, LineBreaker.Opportunities(text)[index] != LineBreaker.Break.None);
    }

    [Fact]
    public void A_paragraph_does_not_end_on_one_short_word_when_the_line_above_can_give_it_one()
    {
        var width = Paragraph("aaaa aaaa aaaa").Text.MaxContentWidth + 1;
        var lines = Lines("aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa bb", width);
        Assert.Equal(["aaaa aaaa aaaa", "aaaa aaaa aaaa", "aaaa aaaa", "aaaa bb"], lines);
    }

    [Fact]
    public void A_short_last_word_stays_alone_when_the_line_above_has_no_word_to_spare()
    {
        var lines = Lines("aaaa aaaa aaaa aaaa bb", Paragraph("aaaa aaaa").Text.MaxContentWidth + 1);
        Assert.Equal("bb", lines[^1]);
    }

    [Fact]
    public void A_two_line_title_or_footer_does_not_end_on_one_word_when_the_line_above_can_give_it_one()
    {
        var lines = Lines("aaaa aaaa aaaa bbbbbb", Paragraph("aaaa aaaa aaaa").Text.MaxContentWidth + 1);
        Assert.Equal(["aaaa aaaa", "aaaa bbbbbb"], lines);
    }

    [Fact]
    public void A_justified_paragraph_avoids_its_short_last_word_without_leaving_gaps_above()
    {
        var width = Paragraph("Ran two metric workshops").Text.MaxContentWidth + 1;
        var text = Paragraph(
            "Ran two metric workshops and published one data dictionary for sales leaders today.",
            TextAlign.Justify,
            PrepPack.Layout.Text.Hyphenation.Hyphenator.EnglishUS
        ).Text;
        var lines = text.Lines(width);
        Assert.True(lines.Count >= 3);
        Assert.Contains(' ', lines[^1].Text.Trim());
        Assert.All(lines.Take(lines.Count - 1), l => Assert.Equal(width, l.Width, 0.01));
    }
}
