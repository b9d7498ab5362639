using PrepPack.Layout.Elements;
using PrepPack.Layout.Paging;
using PrepPack.Theming;

namespace PrepPack.Tests.Layout;

public class PageSizeTests
{
    [Theory]
    [InlineData("letter", 612, 792)]
    [InlineData("A4", 595.28, 841.89)]
    [InlineData("a5", 419.53, 595.28)]
    [InlineData("index-3x5", 360, 216)]
    [InlineData("index-4x6", 432, 288)]
    [InlineData("index-5x8", 576, 360)]
    [InlineData("6in x 4in", 432, 288)]
    [InlineData("148mm x 105mm", 419.53, 297.64)]
    [InlineData("200pt x 100pt", 200, 100)]
    public void Page_sizes_are_read_by_name_or_as_width_by_height(string text, double width, double height)
    {
        var size = PaperSize.Parse(text);
        Assert.NotNull(size);
        Assert.Equal(width, size!.Value.Width, 0.01);
        Assert.Equal(height, size.Value.Height, 0.01);
    }

    [Fact]
    public void A_page_larger_than_a_pdf_allows_is_not_a_page_size()
    {
        Assert.Null(PaperSize.Parse("99999in x 99999in"));
        Assert.NotNull(PaperSize.Parse("200in x 11in"));
    }

    [Fact]
    public void An_unknown_page_size_is_not_guessed()
    {
        Assert.Null(PaperSize.Parse("tabloid-ish"));
    }

    [Fact]
    public void Column_widths_give_every_column_its_longest_word_and_share_the_rest_where_text_wraps()
    {
        var widths = ColumnWidths.Share(100, [5, 5], [10, 20], [10, 200])!;
        Assert.Equal(10, widths[0], 0.01);
        Assert.Equal(90, widths[1], 0.01);
    }

    [Fact]
    public void Column_widths_stretch_short_content_to_the_full_width()
    {
        var widths = ColumnWidths.Share(100, [5, 5], [5, 5], [20, 30])!;
        Assert.Equal(100, widths.Sum(), 0.01);
        Assert.Equal(40, widths[0], 0.01);
    }

    [Fact]
    public void Column_widths_too_narrow_for_the_longest_words_keep_each_column_its_widest_character()
    {
        var widths = ColumnWidths.Share(100, [10, 10], [20, 180], [20, 400])!;
        Assert.Equal(100, widths.Sum(), 0.01);
        Assert.True(widths[0] >= 10 && widths[1] >= 10, string.Join(", ", widths));
    }

    [Fact]
    public void Columns_that_cannot_each_hold_one_character_get_no_widths_and_say_how_many_fit()
    {
        Assert.Null(ColumnWidths.Share(100, [30, 30, 30, 30], [40, 40, 40, 40], [50, 50, 50, 50]));
        Assert.Equal(3, ColumnWidths.Fitting(100, [30, 30, 30, 30]));
    }
}
