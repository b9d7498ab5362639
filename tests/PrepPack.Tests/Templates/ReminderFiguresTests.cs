using PrepPack.Content.Model;
using PrepPack.Templates.Model;

namespace PrepPack.Tests.Templates;

/// <summary>Which key numbers a story's reminder already says, so the cheat sheet prints each figure once.</summary>
public class ReminderFiguresTests
{
    [Theory]
    [InlineData("latency 7 days to 2 h", "7 d → 2 h")]
    [InlineData("a $15k overpayment", "$15k")]
    [InlineData("took load time from 120 s to 9 s; executive use up 20%", "+20%")]
    [InlineData("30 to 3 min a claim", "30 → 3 min")]
    [InlineData("10M policy rows in one star schema", "10M")]
    [InlineData("we doubled it, twice over", "twice")]
    [InlineData("delayed the launch two weeks", "2 weeks")]
    [InlineData("rows landed in 2 evenings", "two evenings")]
    public void A_number_whose_every_figure_the_reminder_says_is_said(string reminder, string value) =>
        Assert.True(ReminderFigures.Says(reminder, new KeyNumber(value, "what it measures")));

    [Theory]
    [InlineData("mentored 2 juniors", "2 weeks")]
    [InlineData("refresh 7 days to 10 min", "7 d → 2 h")]
    [InlineData("slipped 3 weeks", "≤ 3 days")]
    [InlineData("complaints down 30%", "30 min")]
    [InlineData("One self-serve funnel", "10 → 1")]
    [InlineData("saved $1.5M", "$1.2M")]
    [InlineData("no figures here", "")]
    [InlineData("mentored two juniors", "2 weeks")]
    public void A_number_with_a_figure_the_reminder_does_not_say_is_printed(string reminder, string value) =>
        Assert.False(ReminderFigures.Says(reminder, new KeyNumber(value, "what it measures")));
}
