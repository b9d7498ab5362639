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
            Assert.All(new[] { story.Card.Context, story.Card.Task, story.Card.Action1, story.Card.Action2, story.Card.Result, story.Card.Lesson },
                bullet => Assert.False(string.IsNullOrWhiteSpace(bullet), story.Id));
            Assert.InRange(story.Scores.Impact, 1, 5);
            Assert.NotEmpty(story.Numbers);
            Assert.NotEmpty(story.Star.Actions);
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
        Assert.Equal(["ownership-and-drive", "people-growth", "craft-excellence", "communication-and-influence"],
            meta.Principles.Select(p => p.Id));
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
