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
    [InlineData("accuracy 90% → 95%, and", "accuracy **90%\u00A0→\u00A095%**, and")]
    [InlineData("from 7 → 2 days", "from **7\u00A0→\u00A02\u00A0days**")]
    [InlineData("grew 20% week over week", "grew **20%** week over week")]
    [InlineData("a 10-15% cut in 2 weeks", "a **10-15%** cut in **2\u00A0weeks**")]
    [InlineData("3x faster, 2 x cheaper", "**3x** faster, **2\u00A0x** cheaper")]
    [InlineData("saved £300 and €2.4M", "saved **£300** and **€2.4M**")]
    [InlineData("10k users in 5 Days", "**10k** users in **5\u00A0Days**")]
    [InlineData("fell from 30 to 3 min a claim", "fell from **30** to **3\u00A0min** a claim")]
    [InlineData("fell from 6 weeks to 2, and 4 analysts", "fell from **6\u00A0weeks** to **2**, and 4 analysts")]
    [InlineData("no figures here", "no figures here")]
    public void Bold_numbers_bolds_each_quantity_with_its_unit_and_keeps_it_on_one_line(string text, string expected)
    {
        Assert.Equal(expected, TemplateFunctions.BoldNumbers(text));
    }

    [Theory]
    [InlineData("Step 1: agree on definitions")]
    [InlineData("shipped in Q3 2024")]
    [InlineData("the 3rd release, v2")]
    [InlineData("10 reports became 1")]
    [InlineData("led 2 analysts")]
    [InlineData("in 5 sprints, 4 steps")]
    [InlineData("went from 3 to 5 teams")]
    public void Bold_numbers_leaves_labels_years_ordinals_and_counts_of_things_plain(string text)
    {
        Assert.Equal(TemplateFunctions.Md(text), TemplateFunctions.BoldNumbers(text));
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
