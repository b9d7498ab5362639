using PrepPack.Layout.Text;
using PrepPack.Layout.Text.Bidi;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Layout;

public class BidiTests
{
    private const string Mixed = "Shipped with דנה כהן in 3 weeks";

    [Theory]
    [InlineData('a', BidiClass.L)]
    [InlineData('ד', BidiClass.R)]
    [InlineData('ب', BidiClass.AL)]
    [InlineData('ހ', BidiClass.AL)]
    [InlineData('3', BidiClass.EN)]
    [InlineData('٣', BidiClass.AN)]
    [InlineData('۳', BidiClass.EN)]
    [InlineData('%', BidiClass.ET)]
    [InlineData('-', BidiClass.ES)]
    [InlineData(',', BidiClass.CS)]
    [InlineData(' ', BidiClass.WS)]
    [InlineData('(', BidiClass.ON)]
    [InlineData('\u05B0', BidiClass.NSM)]
    [InlineData('\u064E', BidiClass.NSM)]
    [InlineData('\n', BidiClass.B)]
    [InlineData('\u202B', BidiClass.BN)]
    public void Characters_have_the_bidi_class_unicode_gives_them(char c, BidiClass expected)
    {
        Assert.Equal(expected, BidiClasses.Of(c));
    }

    [Theory]
    [InlineData("hello שלום", 0)]
    [InlineData("שלום hello", 1)]
    [InlineData("123 مرحبا", 1)]
    [InlineData("\u2067abc\u2069 שלום", 1)]
    [InlineData("123 ...", 0)]
    [InlineData("", 0)]
    public void A_paragraph_reads_in_the_direction_of_its_first_strong_character(string text, int level)
    {
        Assert.Equal(level, BidiLevels.BaseLevel(text));
    }

    [Fact]
    public void Hebrew_words_and_the_space_between_them_are_right_to_left_in_an_english_sentence()
    {
        var levels = BidiLevels.Resolve(Mixed, 0);
        var hebrew = Mixed.IndexOf('ד');
        Assert.All(Enumerable.Range(hebrew, "דנה כהן".Length), i => Assert.Equal(1, levels[i]));
        Assert.All(Enumerable.Range(0, hebrew), i => Assert.Equal(0, levels[i]));
        Assert.All(Enumerable.Range(hebrew + "דנה כהן".Length, Mixed.Length - hebrew - "דנה כהן".Length), i =>
            Assert.Equal(0, levels[i])
        );
    }

    [Fact]
    public void A_number_in_right_to_left_text_stays_left_to_right()
    {
        var text = "מחיר 1,250 שקל";
        var levels = BidiLevels.Resolve(text, 1);
        Assert.All(Enumerable.Range(text.IndexOf('1'), "1,250".Length), i => Assert.Equal(2, levels[i]));
        Assert.Equal(1, levels[text.IndexOf('ש')]);
    }

    [Fact]
    public void Runs_are_reversed_from_the_highest_level_down()
    {
        Assert.Equal([0, 3, 2, 1, 4], BidiOrder.Visual([0, 1, 1, 1, 0])!);
        Assert.Equal([4, 3, 2, 1, 0], BidiOrder.Visual([1, 1, 1, 1, 1])!);
        // A number (level 2) inside right-to-left text keeps its own order.
        Assert.Equal([4, 2, 3, 1, 0], BidiOrder.Visual([1, 1, 2, 2, 1])!);
        Assert.Null(BidiOrder.Visual([0, 0, 0]));
    }

    [Fact]
    public void A_line_shows_hebrew_words_of_an_english_sentence_in_visual_order()
    {
        var line = Paragraph(Mixed).Text.Lines(500).Single();
        Assert.Equal("Shipped with כהן דנה in 3 weeks", line.Text);
        Assert.Equal(0, line.Pieces[0].X);
    }

    [Fact]
    public void Lines_are_reordered_after_breaking_so_each_line_reads_right_to_left()
    {
        var text = Paragraph("אחת שתיים שלוש ארבע").Text;
        var width =
            Math.Max(Paragraph("אחת שתיים").Text.MaxContentWidth, Paragraph("שלוש ארבע").Text.MaxContentWidth) + 1;
        var lines = text.Lines(width).Select(l => l.Text).ToList();
        Assert.Equal(["שתיים אחת", "ארבע שלוש"], lines);
    }

    [Fact]
    public void A_right_to_left_paragraph_is_set_against_the_right_edge_unless_told_otherwise()
    {
        var start = Paragraph("שלום עולם", TextAlign.Start).Text;
        Assert.True(start.RightToLeft);
        var line = start.Lines(300).Single();
        Assert.Equal(300, line.Pieces[^1].X + line.Pieces[^1].Width, 0.01);
        var left = Paragraph("שלום עולם", TextAlign.Left).Text.Lines(300).Single();
        Assert.Equal(0, left.Pieces[0].X);
        var english = Paragraph("hello world", TextAlign.Start).Text.Lines(300).Single();
        Assert.Equal(0, english.Pieces[0].X);
    }

    [Fact]
    public void A_number_inside_right_to_left_text_keeps_its_digits_in_order_between_the_words()
    {
        var line = Paragraph("מחיר 120 שקל").Text.Lines(300).Single();
        var pieces = line.Pieces.Where(p => p.Shaped.Text.Trim().Length > 0).ToList();
        Assert.Equal(["שקל", "120", "מחיר"], pieces.Select(p => p.Shaped.Text));
        Assert.True(pieces[0].X < pieces[1].X && pieces[1].X < pieces[2].X);
        var digits = pieces[1].Shaped.Shape;
        Assert.Equal([0, 1, 2], digits.Clusters);
    }

    [Fact]
    public void Right_to_left_runs_are_shaped_right_to_left_with_arabic_letters_joined()
    {
        var face = Faces.FacesOf(Body with { Families = ["DejaVu Sans"] })[0];
        var word = face.Shape("سلام", 10, rightToLeft: true).Shape;
        // Visual order: the first glyph drawn is the last letter.
        Assert.Equal(3, word.Clusters[0]);
        Assert.Equal(0, word.Clusters[^1]);
        // Joined: the letters take other forms than when they stand alone.
        var alone = "سلام".Select(c => face.Shape(c.ToString(), 10, rightToLeft: true).Shape.Glyphs[0]).Reverse();
        Assert.NotEqual(alone, word.Glyphs);
    }

    [Fact]
    public void Brackets_take_one_direction_as_a_pair()
    {
        var text = "and (שלום [עולם]) too";
        var levels = BidiLevels.Resolve(text, 0);
        Assert.Equal([0, 1, 1, 0], "([])".Select(c => (int)levels[text.IndexOf(c)]));
        var rightToLeft = "שלום (hello) עולם";
        var rtlLevels = BidiLevels.Resolve(rightToLeft, 1);
        Assert.Equal([1, 1], "()".Select(c => (int)rtlLevels[rightToLeft.IndexOf(c)]));
    }

    [Fact]
    public void Brackets_in_right_to_left_text_are_mirrored()
    {
        var face = Faces.FacesOf(Body)[0];
        Assert.Equal(face.Shape(")", 10).Shape.Glyphs, face.Shape("(", 10, rightToLeft: true).Shape.Glyphs);
    }

    [Fact]
    public void Explicit_embeddings_and_isolates_are_ignored_and_the_text_still_prints()
    {
        var line = Paragraph("\u202Bשלום\u202C world \u2067abc\u2069 \u202Eדנה\u202C").Text.Lines(500).Single();
        var text = line.Text;
        Assert.Contains("world", text);
        Assert.Contains("abc", text);
        Assert.Contains("שלום", text.Replace("\u202B", "").Replace("\u202C", ""));
    }
}
