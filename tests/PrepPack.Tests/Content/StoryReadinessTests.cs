using PrepPack.Content.Readiness;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>
/// A story's readiness line, from the story-strength fixtures (Fixtures/Rules): the story that
/// triggers a rule is not ready and says what to fix in a few words; the one beside it that comes
/// close is ready.
/// </summary>
public class StoryReadinessTests
{
    private static StoryReadiness Of(ContentFixture fixture, string story)
    {
        var bank = fixture.Load().Bank!;
        return StoryReadiness.Of(bank.Stories.Single(s => s.Id == story), bank);
    }

    [Theory]
    [InlineData("result-without-number", "alpha", "a figure in each result")]
    [InlineData("told-as-we", "alpha", "actions told as \"I\"")]
    [InlineData("long-bullet", "alpha", "shorter card lines")]
    [InlineData("empty-lesson", "alpha", "a lesson of its own")]
    [InlineData("percent-disagrees", "alpha", "figures that agree")]
    [InlineData("failure-figure", "beta", "the failure frame's figures in the story")]
    public void A_story_a_strength_rule_warns_about_is_not_ready_and_says_what_to_fix_once(
        string rule,
        string story,
        string fix
    )
    {
        using var fixture = ContentFixture.WithRule(rule);
        var readiness = Of(fixture, story);
        Assert.False(readiness.Ready);
        Assert.Equal([fix], readiness.ToFix);
    }

    [Theory]
    [InlineData("told-as-we", "gamma")]
    [InlineData("empty-lesson", "beta")]
    public void The_story_that_comes_close_to_a_rule_is_ready(string rule, string story)
    {
        using var fixture = ContentFixture.WithRule(rule);
        var readiness = Of(fixture, story);
        Assert.Empty(readiness.ToFix);
        Assert.True(readiness.Ready);
    }

    [Fact]
    public void A_story_whose_figure_disagrees_only_with_its_tell_me_about_yourself_line_is_not_ready()
    {
        using var fixture = ContentFixture.Valid();
        var profile = Path.Combine(fixture.Root, "profile.yaml");
        var before = Of(fixture, "beta");
        File.WriteAllText(profile, File.ReadAllText(profile).Replace("Beta saved $10k.", "A bug of mine cost $40k."));
        var after = Of(fixture, "beta");
        Assert.DoesNotContain("figures that agree", before.ToFix);
        Assert.Contains("figures that agree", after.ToFix);
        Assert.False(after.Ready);
    }

    [Fact]
    public void No_follow_ups_is_a_fact_of_the_line_not_a_thing_to_fix_besides()
    {
        using var fixture = ContentFixture.WithRule("no-follow-ups");
        var readiness = Of(fixture, "alpha");
        Assert.Equal(0, readiness.FollowUps);
        Assert.Empty(readiness.ToFix);
        Assert.False(readiness.Ready);
    }

    [Fact]
    public void Parts_over_their_budget_say_their_time_and_the_whole_answer_is_measured_against_its_own()
    {
        using var fixture = ContentFixture.WithRule("star-time-budget");
        var readiness = Of(fixture, "gamma");
        Assert.Equal(3, readiness.ToFix.Count);
        Assert.Matches(@"^a shorter set-up \(0:\d\d of 0:05\)$", readiness.ToFix[0]);
        Assert.Matches(@"^shorter actions \(0:\d\d of 0:05\)$", readiness.ToFix[1]);
        Assert.Matches(@"^a shorter result \(0:\d\d of 0:03\)$", readiness.ToFix[2]);
        Assert.Equal(15, readiness.WholeBudget);
        Assert.False(readiness.WithinTime);
    }
}
