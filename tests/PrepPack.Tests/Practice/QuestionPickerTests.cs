using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>Which question the drill asks next: weighted towards thin ground and what was practised least or longest
/// ago.</summary>
public class QuestionPickerTests
{
    private static readonly DateTime Today = new(2026, 11, 21, 19, 0, 0);
    private static readonly StoryBank Bank = StoryBankLoader
        .Load(Path.Combine(RepoPaths.Fixtures, "MinimalBank"))
        .Bank!;
    private static readonly Question Setback = Bank.Questions.Single();

    private static PracticeStats Practised(params (string Question, int DaysAgo)[] answers) =>
        new(
            new PracticeLog(
                "log.yaml",
                answers
                    .Select(a => new PracticeEntry
                    {
                        Date = Today.AddDays(-a.DaysAgo),
                        Question = new SourceRef(a.Question, default),
                    })
                    .ToList()
            )
        );

    private static Question Twin(string id) => Setback with { Id = id };

    [Fact]
    public void A_question_never_practised_weighs_most_and_one_practised_long_ago_more_than_one_practised_today()
    {
        var picker = new QuestionPicker([Setback], Bank, new Random(1));
        var never = picker.Weight(Setback, Practised(), Today);
        var today = picker.Weight(Setback, Practised(("setback", 0)), Today);
        var weekAgo = picker.Weight(Setback, Practised(("setback", 7)), Today);
        var monthAgo = picker.Weight(Setback, Practised(("setback", 30)), Today);
        Assert.True(never > monthAgo && monthAgo > weekAgo && weekAgo > today, $"{never} {monthAgo} {weekAgo} {today}");
    }

    [Fact]
    public void A_question_practised_often_weighs_less_than_one_practised_once_on_the_same_day()
    {
        var picker = new QuestionPicker([Setback], Bank, new Random(1));
        Assert.True(
            picker.Weight(Setback, Practised(("setback", 3), ("setback", 3), ("setback", 3)), Today)
                < picker.Weight(Setback, Practised(("setback", 3)), Today)
        );
    }

    [Fact]
    public void A_question_without_a_backup_story_is_on_thin_ground_and_counts_double()
    {
        var alone = Setback with { Backup = null };
        var picker = new QuestionPicker([Setback, alone], Bank, new Random(1));
        Assert.False(picker.IsThin(Setback));
        Assert.True(picker.IsThin(alone));
        Assert.Equal(2 * picker.Weight(Setback, Practised(), Today), picker.Weight(alone, Practised(), Today));
    }

    [Fact]
    public void Over_many_sessions_the_question_never_practised_comes_first_about_as_often_as_its_weight_says()
    {
        var fresh = Twin("fresh");
        var stats = Practised(("setback", 0));
        var random = new Random(42);
        var first = Enumerable
            .Range(0, 2000)
            .Count(_ => new QuestionPicker([Setback, fresh], Bank, random).Next(stats, Today).Id == "fresh");
        // Weights 5 against 0.5: the fresh question first in 10 of 11 sessions.
        Assert.InRange(first / 2000.0, 0.88, 0.94);
    }

    [Fact]
    public void No_question_is_asked_twice_in_a_session_until_each_has_been_asked()
    {
        var questions = new[] { Setback, Twin("b"), Twin("c") };
        var picker = new QuestionPicker(questions, Bank, new Random(5));
        var stats = Practised();
        var firstRound = Enumerable.Range(0, 3).Select(_ => picker.Next(stats, Today).Id).ToList();
        Assert.Equal(["b", "c", "setback"], firstRound.Order());
        Assert.Contains(picker.Next(stats, Today).Id, firstRound);
    }

    [Fact]
    public void A_frameworks_own_question_is_weighed_by_how_often_and_how_lately_its_story_was_practised()
    {
        var asked = FrameworkQuestions.Of(Bank, null);
        var grit = asked.Single(q => q.Ask == "Tell me about a setback.");
        Assert.Equal("alpha", grit.Primary.Story.Id);
        var picker = new QuestionPicker(asked, Bank, new Random(1), ofFrameworks: true);
        var storyToday = new PracticeStats(
            new PracticeLog("log.yaml", [new PracticeEntry { Date = Today, Story = new SourceRef("alpha", default) }])
        );
        Assert.Equal(1, picker.Record(grit, storyToday).Times);
        Assert.True(picker.Weight(grit, storyToday, Today) < picker.Weight(grit, Practised(), Today));
    }
}
