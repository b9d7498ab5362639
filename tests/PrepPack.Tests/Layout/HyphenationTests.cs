using PrepPack.Layout.Text;
using PrepPack.Layout.Text.Hyphenation;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

public class HyphenationTests
{
    private static Hyphenator English => Hyphenator.EnglishUS;

    [Theory]
    [InlineData("hyphenation", "hy-phen-ation")]
    [InlineData("concatenation", "con-cate-na-tion")]
    [InlineData("supercalifragilisticexpialidocious", "su-per-cal-ifrag-ilis-tic-ex-pi-ali-do-cious")]
    [InlineData("definitions", "def-i-ni-tions")]
    [InlineData("reconciliation", "rec-on-cil-i-a-tion")]
    [InlineData("leadership", "lead-er-ship")]
    [InlineData("dashboard", "dash-board")]
    [InlineData("Stakeholders", "Stake-hold-ers")]
    public void Known_words_break_where_the_tex_patterns_put_their_points(string word, string expected)
    {
        Assert.Equal(expected, English.Show(word));
    }

    [Theory]
    [InlineData("associate", "as-so-ciate")]
    [InlineData("table", "ta-ble")]
    [InlineData("project", "project")]
    [InlineData("present", "present")]
    public void The_exceptions_tex_lists_by_hand_win_over_the_patterns(string word, string expected)
    {
        Assert.Equal(expected, English.Show(word));
    }

    [Fact]
    public void A_word_the_patterns_get_wrong_is_set_right_by_the_exception_list()
    {
        Assert.Equal("pro-ject-ed", English.Show("projected"));
    }

    [Theory]
    [InlineData("hyphenation")]
    [InlineData("abbreviations")]
    [InlineData("enough")]
    [InlineData("onions")]
    public void No_point_leaves_fewer_than_two_letters_before_it_or_three_after_it(string word)
    {
        Assert.Equal((2, 3), (English.LeftMin, English.RightMin));
        Assert.All(English.Points(word), p => Assert.InRange(p, 2, word.Length - 3));
    }

    [Theory]
    [InlineData("B2Bcustomers")]
    [InlineData("SQLServer")]
    [InlineData("iPhones")]
    [InlineData("PowerBI")]
    [InlineData("team's")]
    [InlineData("data")]
    [InlineData("docs,")]
    [InlineData("reporting2")]
    public void Words_with_digits_capitals_inside_apostrophes_or_under_five_letters_are_never_hyphenated(string token)
    {
        Assert.Null(HyphenationCandidate.Letters(token, 0, token.Length));
    }

    [Theory]
    [InlineData("see https://example.com/reports today", "reports")]
    [InlineData("mail someone@example.com today", "someone")]
    [InlineData("read www.example.com first", "example")]
    [InlineData("a quote-to-binding step", "binding")]
    public void A_word_inside_an_address_or_a_hyphenated_compound_is_never_hyphenated(string text, string word)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        Assert.Null(HyphenationCandidate.Letters(text, start, start + word.Length));
    }

    [Fact]
    public void Punctuation_around_a_word_is_left_out_of_its_letters()
    {
        const string text = "(definitions),";
        Assert.Equal((1, 12), HyphenationCandidate.Letters(text, 0, text.Length));
    }

    [Fact]
    public void A_justified_line_that_would_gape_takes_part_of_the_next_word_with_a_hyphen()
    {
        const string text = "We agreed on metric definitions before building anything at all for them.";
        var width = Paragraph("We agreed on metric defini").Text.MaxContentWidth;
        var lines = Paragraph(text, TextAlign.Justify, English).Text.Lines(width);
        var first = lines[0].Text;
        Assert.EndsWith("-", first);
        Assert.StartsWith("We agreed on metric def", first);
        Assert.Equal(text, Unhyphenate(lines));
        Assert.Equal(width, lines[0].Width, 0.01);
    }

    [Fact]
    public void The_hyphen_is_shaped_in_the_face_of_the_word_it_ends()
    {
        var bold = Body with { Bold = true };
        var paragraph = new ParagraphText(
            [
                new TextSpan("We agreed on metric ", Body),
                new TextSpan("definitions", bold),
                new TextSpan(" before building anything.", Body),
            ],
            Body,
            TextAlign.Justify,
            Faces,
            null,
            English
        );
        var lines = paragraph.Lines(Paragraph("We agreed on metric defini").Text.MaxContentWidth);
        var last = lines[0].Pieces[^1];
        Assert.EndsWith("-", last.Shaped.Text);
        Assert.True(last.Shaped.Face.Bold);
    }

    [Fact]
    public void Ragged_text_is_never_hyphenated()
    {
        const string text = "We agreed on metric definitions before building anything at all for them.";
        var width = Paragraph("We agreed on metric defini").Text.MaxContentWidth;
        var lines = Paragraph(text, TextAlign.Left, English).Text.Lines(width);
        Assert.DoesNotContain(lines, l => l.Text.TrimEnd().EndsWith('-'));
    }

    [Fact]
    public void A_word_wider_than_the_line_breaks_at_a_hyphenation_point_even_when_ragged()
    {
        const string word = "supercalifragilisticexpialidocious";
        var width = Paragraph("supercalifrag").Text.MaxContentWidth;
        var lines = Paragraph(word, TextAlign.Left, English).Text.Lines(width);
        Assert.True(lines.Count > 1);
        Assert.Equal("supercal-", lines[0].Text);
        Assert.All(lines.Take(lines.Count - 1), l => Assert.EndsWith("-", l.Text));
        Assert.Equal(word, Unhyphenate(lines));
    }

    [Fact]
    public void The_last_word_of_a_paragraph_is_not_hyphenated_to_fill_a_line()
    {
        const string text = "The monthly reconciliation";
        var width = Paragraph(text[..^6]).Text.MaxContentWidth;
        var lines = Paragraph(text, TextAlign.Justify, English).Text.Lines(width);
        Assert.DoesNotContain(lines, l => l.Text.EndsWith('-'));
    }

    private static string Unhyphenate(IReadOnlyList<TextLine> lines) =>
        string.Join(" ", lines.Select(l => l.Text.TrimEnd())).Replace("- ", "");
}
