using PrepPack.Markdown;
using PrepPack.Theming;

namespace PrepPack.Tests.Markdown;

public class DocumentSetupTests
{
    [Theory]
    [InlineData("Page {page}", "", "Page {page}", "")]
    [InlineData("Dana | Page {page}", "Dana", "", "Page {page}")]
    [InlineData("Dana | {title} | Page {page} of {pages}", "Dana", "Cards", "Page {page} of {pages}")]
    public void One_part_is_centred_two_sit_left_and_right_and_three_left_centre_and_right(
        string text,
        string left,
        string center,
        string right
    )
    {
        Assert.Equal(new PageLine(left, center, right), PageLine.Parse(text, "Cards"));
    }

    [Fact]
    public void A_header_or_footer_is_one_line_even_when_a_name_in_it_has_two()
    {
        Assert.Equal(
            new PageLine("Ana", "Acme: Leadership Principles", ""),
            PageLine.Parse("Ana | {title} | ", "Acme: Leadership\nPrinciples")
        );
    }

    [Theory]
    [InlineData("letter", PageOrientation.Landscape, 792, 612)]
    [InlineData("letter", PageOrientation.Unset, 612, 792)]
    [InlineData("index-4x6", PageOrientation.Portrait, 288, 432)]
    [InlineData("index-4x6", PageOrientation.Unset, 432, 288)]
    public void Orientation_turns_the_page_either_way(
        string page,
        PageOrientation orientation,
        float width,
        float height
    )
    {
        var setup = DocumentSetup.From(new FrontMatter { Page = page, Orientation = orientation }, new ThemePage());
        Assert.Equal((width, height), (setup.Width, setup.Height));
    }

    [Fact]
    public void What_the_front_matter_leaves_out_comes_from_the_theme()
    {
        var theme = new ThemePage
        {
            Size = "a4",
            Margin = 36,
            Header = "{title}",
            Footer = null,
        };
        var setup = DocumentSetup.From(new FrontMatter { Title = "Binder" }, theme);
        Assert.Equal((595.28f, 841.89f, 36f), (setup.Width, setup.Height, setup.Margin));
        Assert.Equal(new PageLine("", "Binder", ""), setup.Header);
        Assert.Null(setup.Footer);
        Assert.Null(DocumentSetup.From(new FrontMatter { Header = "" }, theme).Header);
    }
}
