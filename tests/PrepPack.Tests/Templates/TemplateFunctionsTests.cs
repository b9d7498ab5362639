using PrepPack.Templates;

namespace PrepPack.Tests.Templates;

public class TemplateFunctionsTests
{
    [Theory]
    [InlineData("cut time: 5 days", "cut time: 5 days")]
    [InlineData("a *star* and snake_case", "a \\*star\\* and snake\\_case")]
    [InlineData("| pipes | and [links]", "\\| pipes \\| and \\[links\\]")]
    [InlineData("~2 min, a ^b^ and {.x}", "\\~2 min, a \\^b\\^ and \\{.x\\}")]
    public void Md_escapes_what_would_otherwise_start_formatting(string text, string expected)
    {
        Assert.Equal(expected, TemplateFunctions.Md(text));
    }

    [Theory]
    [InlineData("Refresh went from 2-3 h to 15 min.", "Refresh went from **2-3\u00A0h** to **15\u00A0min**.")]
    [InlineData("a $1.5M premium lift", "a **$1.5M** premium lift")]
    [InlineData("accuracy 90% → 95%, 10 reports became 1, and", "accuracy **90%\u00A0→\u00A095%**, **10** reports became **1**, and")]
    [InlineData("led 2 analysts", "led **2** analysts")]
    [InlineData("no figures here", "no figures here")]
    public void Bold_numbers_sets_figures_in_bold_and_keeps_each_on_one_line(string text, string expected)
    {
        Assert.Equal(expected, TemplateFunctions.BoldNumbers(text));
    }

    [Theory]
    [InlineData(5, "●●●●●", "high")]
    [InlineData(3, "●●●○○", "mid")]
    [InlineData(1, "●○○○○", "low")]
    public void Scores_show_as_dots_with_a_class_for_their_shade(int score, string dots, string shade)
    {
        Assert.Equal(dots, TemplateFunctions.Dots(score));
        Assert.Equal(shade, TemplateFunctions.ScoreClass(score));
    }

    [Theory]
    [InlineData("Action1", "action_1")]
    [InlineData("SpeakingTimeText", "speaking_time_text")]
    [InlineData("FollowUps", "follow_ups")]
    [InlineData("Id", "id")]
    public void Template_names_are_the_snake_case_of_the_yaml_files(string member, string name)
    {
        Assert.Equal(name, TemplateNames.SnakeCase(member));
    }

    [Fact]
    public void Speaking_time_is_counted_at_150_words_a_minute()
    {
        Assert.Equal(120, PrepPack.Content.SpeakingTime.Seconds(300));
        Assert.Equal("1:45", TemplateFunctions.Duration(105));
    }
}
