using PrepPack.Content.Readiness;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>
/// Readiness from a small bank (Fixtures/Rules/readiness): alpha answers impact, beta is a failure,
/// gamma leads but has no follow-ups, delta shows ownership; nothing answers conflict or teamwork.
/// </summary>
public class ReadinessTests
{
    private static BankReadiness Of(ContentFixture fixture)
    {
        var result = fixture.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return BankReadiness.Of(result.Bank!);
    }

    private static void Edit(ContentFixture fixture, string story, Func<string, string> change)
    {
        var path = Path.Combine(fixture.Root, "stories", story + ".yaml");
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public void Each_interview_theme_gets_the_story_that_answers_it_and_the_missing_ones_are_listed()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        var readiness = Of(fixture);
        Assert.Equal(
            [("leadership", "gamma"), ("conflict", null), ("biggest impact", "alpha"), ("failure", "beta"), ("teamwork", null), ("initiative", "delta")],
            readiness.Themes.Select(t => (t.Theme.Name, t.StoryId)));
        Assert.Equal((4, 6, 4), (readiness.Covered, readiness.Total, readiness.Stories));
        Assert.Equal(["a conflict story", "a teamwork story", "follow-ups for gamma"], readiness.Missing);
        Assert.False(readiness.Themes[0].Ready);
        Assert.True(readiness.Themes[2].Ready);
    }

    [Fact]
    public void The_theme_with_fewest_stories_chooses_first_so_each_theme_gets_a_story_of_its_own()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        // gamma alone answers conflict; delta could answer leadership too, and does, once gamma is taken.
        Edit(fixture, "gamma", t => t.Replace("themes: [leadership]", "themes: [leadership, conflict]"));
        Edit(fixture, "delta", t => t.Replace("themes: [ownership]", "themes: [leadership]"));

        var readiness = Of(fixture);

        Assert.Equal("gamma", readiness.Themes.Single(t => t.Theme.Name == "conflict").StoryId);
        Assert.Equal("delta", readiness.Themes.Single(t => t.Theme.Name == "leadership").StoryId);
    }

    [Fact]
    public void A_story_that_alone_answers_two_themes_is_told_for_both_and_the_second_asks_for_its_own()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        Edit(fixture, "gamma", t => t.Replace("themes: [leadership]", "themes: [leadership, ownership]"));
        File.Delete(Path.Combine(fixture.Root, "stories", "delta.yaml"));

        var readiness = Of(fixture);

        Assert.Equal("gamma", readiness.Themes.Single(t => t.Theme.Name == "initiative").StoryId);
        Assert.Equal("leadership", readiness.Themes.Single(t => t.Theme.Name == "initiative").SharedWith);
        Assert.Equal(["a conflict story", "a teamwork story", "a story of its own for initiative (gamma is told for leadership)", "follow-ups for gamma"],
            readiness.Missing);
        Assert.Equal(3, readiness.Stories);
    }

    [Fact]
    public void A_failure_story_answers_failure_whatever_its_themes()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        Edit(fixture, "beta", t => t.Replace("themes: [failure]", "themes: [craft]"));
        Assert.Equal("beta", Of(fixture).Themes.Single(t => t.Theme.Name == "failure").StoryId);
    }

    [Fact]
    public void A_story_without_a_figure_in_its_result_or_over_the_whole_budget_is_listed_with_what_it_lacks()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        File.AppendAllText(Path.Combine(fixture.Root, "profile.yaml"), "practice:\n  whole: 5\n");
        Edit(fixture, "delta", t => t.Replace("  result: 3 warehouses became 1, saving $40k a year.", "  result: The warehouses became one.")
            .Replace("  result: Three warehouses became one.", "  result: The warehouses became one."));

        var readiness = Of(fixture);

        Assert.Contains("a figure in the result of delta", readiness.Missing);
        Assert.Contains("a telling of delta under 0:05 (it takes 0:14)", readiness.Missing);
        Assert.EndsWith("a figure in the result of delta; a telling of delta under 0:05 (it takes 0:14).", readiness.Summary);
    }

    [Fact]
    public void The_summary_of_a_ready_bank_says_what_ready_means()
    {
        var ready = new StoryReadiness(true, 2, 90, 120, []);
        var readiness = new BankReadiness(InterviewTheme.All.Select((t, i) => new ThemeReadiness(t, $"story-{i}", ready, null, null)).ToList(), 120);
        Assert.Equal("Ready: 6 of 6 interview themes, each by a story of its own that is ready to tell.", readiness.Summary);
        Assert.Equal("A theme counts when a story of its own answers it and is ready to tell. A story is ready when its result has a figure, its follow-ups are prepared, "
            + "it takes at most 2:00 to tell and the story checks find nothing else to fix.", readiness.Meaning);
    }
}
