using PrepPack.Content;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

public class SampleContentTests
{
    private static readonly LoadResult Sample = StoryBankLoader.Load(RepoPaths.SampleContent);

    [Fact]
    public void The_sample_content_loads_with_no_errors_and_no_warnings()
    {
        Assert.True(Sample.Succeeded, string.Join("\n", Sample.Diagnostics));
        Assert.Empty(Sample.Diagnostics);
    }

    [Fact]
    public void The_sample_has_at_least_eight_stories_and_two_of_them_are_failures()
    {
        var stories = Sample.Bank!.Stories;
        Assert.True(stories.Count >= 8, $"{stories.Count} stories");
        Assert.True(stories.Count(s => s.IsFailure) >= 2);
    }

    [Fact]
    public void The_sample_has_exactly_one_flagship_with_goal_signal_metric_and_target()
    {
        var flagship = Assert.Single(Sample.Bank!.Stories, s => s.Flagship);
        Assert.NotNull(flagship.Gsmt);
        Assert.NotEmpty(flagship.Gsmt!.Target);
    }

    [Fact]
    public void Every_sample_story_has_a_full_card_scores_and_key_numbers()
    {
        foreach (var story in Sample.Bank!.Stories)
        {
            Assert.All(
                new[]
                {
                    story.Card.Context,
                    story.Card.Task,
                    story.Card.Action1,
                    story.Card.Action2,
                    story.Card.Result,
                    story.Card.Lesson,
                },
                bullet => Assert.False(string.IsNullOrWhiteSpace(bullet), story.Id)
            );
            Assert.InRange(story.Scores.Impact, 1, 5);
            Assert.NotEmpty(story.Numbers);
            Assert.NotEmpty(story.Star.Actions);
        }
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    public void Each_sample_framework_is_asked_the_question_types_of_a_behavioural_round(string framework)
    {
        var asked = Sample.Bank!.Questions.Where(q => q.AskedFor(framework)).Select(q => q.Id).ToList();
        // Impact, ownership, mentoring, quality, influence without authority, prioritising, a time you were wrong, why
        // this company.
        Assert.Superset(
            new HashSet<string>
            {
                "biggest-impact",
                "beyond-your-role",
                "growing-someone",
                "raising-the-bar",
                "influence-without-authority",
                "competing-priorities",
                "time-you-were-wrong",
                $"why-{framework}",
            },
            asked.ToHashSet()
        );
    }

    [Fact]
    public void Every_sample_question_has_an_angle_follow_ups_or_probes_and_a_backup_unless_it_asks_why_the_company()
    {
        foreach (var question in Sample.Bank!.Questions)
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Angle.LeadWith), question.Id);
            Assert.NotEmpty(question.Probes);
            if (question.Id.StartsWith("why-", StringComparison.Ordinal))
                continue;
            Assert.NotNull(question.Backup);
            Assert.NotEmpty(question.FollowUps);
        }
    }

    [Fact]
    public void The_amazon_framework_has_all_sixteen_leadership_principles()
    {
        var amazon = Sample.Bank!.Frameworks.Single(f => f.Id == "amazon");
        Assert.Equal(16, amazon.Principles.Count);
        Assert.Contains(amazon.Principles, p => p.Name == "Customer Obsession");
        Assert.Contains(amazon.Principles, p => p.Name == "Success and Scale Bring Broad Responsibility");
        Assert.All(amazon.Principles, p => Assert.NotEmpty(p.Questions));
    }

    [Fact]
    public void The_meta_framework_has_the_four_areas_each_with_signals()
    {
        var meta = Sample.Bank!.Frameworks.Single(f => f.Id == "meta");
        Assert.Equal(
            ["ownership-and-drive", "people-growth", "craft-excellence", "communication-and-influence"],
            meta.Principles.Select(p => p.Id)
        );
        Assert.All(meta.Principles, p => Assert.NotEmpty(p.Signals));
    }

    [Fact]
    public void The_profile_has_two_or_three_highlights_that_name_real_stories()
    {
        var bank = Sample.Bank!;
        Assert.InRange(bank.Profile.Tmay.Highlights.Count, 2, 3);
        Assert.All(bank.Profile.Tmay.Highlights, h => Assert.Contains(bank.Stories, s => s.Id == h.Story.Id));
    }
}
