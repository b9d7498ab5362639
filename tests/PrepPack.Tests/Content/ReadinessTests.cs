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
    public void Each_interview_theme_gets_the_story_that_answers_it_and_each_theme_not_ready_is_one_line()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        var readiness = Of(fixture);
        Assert.Equal(
            [
                ("leadership", "gamma"),
                ("conflict", null),
                ("biggest impact", "alpha"),
                ("failure", "beta"),
                ("teamwork", null),
                ("initiative", "delta"),
            ],
            readiness.Themes.Select(t => (t.Theme.Name, t.StoryId))
        );
        Assert.Equal((4, 3, 6, 4), (readiness.Covered, readiness.ReadyCount, readiness.Total, readiness.Stories));
        Assert.Equal(
            [
                "Leadership: gamma needs follow-ups",
                "Conflict: no story answers it yet: add 'conflict' to the themes of a story that shows it, or write a "
                    + "conflict story",
                "Teamwork: no story answers it yet: add 'teamwork' to the themes of a story that shows it, or write a "
                    + "teamwork story",
            ],
            readiness.Missing
        );
        Assert.Equal(readiness.Total - readiness.ReadyCount, readiness.Missing.Count);
        Assert.False(readiness.Themes[0].Ready);
        Assert.True(readiness.Themes[2].Ready);
    }

    [Fact]
    public void A_story_its_own_page_calls_not_ready_does_not_count_as_ready_for_its_theme()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        // Told as "we": the story strength checks ask for actions told as "I", so its own page says "Not ready".
        Edit(fixture, "alpha", t =>
            t.Replace(
                "actions: [Built a pipeline, Added tests]",
                "actions: [We built a pipeline, We added tests, We shipped it]"
            )
        );
        var result = fixture.Load();
        var bank = result.Bank!;
        var alpha = StoryReadiness.Of(bank.Stories.Single(s => s.Id == "alpha"), bank);
        Assert.False(alpha.Ready);

        var impact = BankReadiness.Of(bank).Themes.Single(t => t.Theme.Name == "biggest impact");
        Assert.Equal("alpha", impact.StoryId);
        Assert.False(impact.Ready);
        Assert.Equal("Biggest impact: alpha needs actions told as \"I\"", impact.Missing);
        Assert.Equal(2, BankReadiness.Of(bank).ReadyCount);
    }

    [Fact]
    public void An_unready_theme_names_a_story_that_answers_it_and_lacks_less_with_the_one_thing_it_lacks()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        File.AppendAllText(Path.Combine(fixture.Root, "profile.yaml"), "practice:\n  whole: 12\n");
        // gamma (the higher scoring) takes too long and has no follow-ups; epsilon also leads and lacks only a figure.
        Edit(fixture, "gamma", t =>
            t.Replace(
                "  result: ",
                "  result: After many long weeks of careful and patient work with every one of the teams, "
            )
        );
        var epsilon = File.ReadAllText(Path.Combine(fixture.Root, "stories", "alpha.yaml"))
            .Replace("id: alpha", "id: epsilon")
            .Replace("flagship: true\n", "")
            .Replace("themes: [impact]", "themes: [leadership]");
        epsilon = System.Text.RegularExpressions.Regex.Replace(
            epsilon,
            @"(?m)^(  result: ).*$",
            "$1The team shipped it."
        );
        epsilon = System.Text.RegularExpressions.Regex.Replace(
            epsilon,
            @"(?m)^(  (impact|scope|contribution): )\d",
            "${1}1"
        );
        File.WriteAllText(Path.Combine(fixture.Root, "stories", "epsilon.yaml"), epsilon);

        var leadership = Of(fixture).Themes.Single(t => t.Theme.Name == "leadership");

        Assert.Equal("gamma", leadership.StoryId);
        Assert.Matches(
            @"^Leadership: gamma takes 0:\d\d \(budget 0:12\) and needs follow-ups; epsilon \(0:\d\d\) needs only a "
                + @"figure in its result$",
            leadership.Missing
        );
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

        var initiative = readiness.Themes.Single(t => t.Theme.Name == "initiative");
        Assert.Equal(("gamma", "leadership"), (initiative.StoryId, initiative.SharedWith));
        Assert.Equal(
            "Initiative: gamma is already told for leadership: add 'initiative' to the themes of another story, or "
                + "write an initiative story",
            initiative.Missing
        );
        Assert.Equal(3, readiness.Stories);
    }

    [Fact]
    public void A_theme_whose_stories_are_all_told_for_other_themes_names_each_of_them_and_what_it_is_told_for()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        Edit(fixture, "gamma", t => t.Replace("themes: [leadership]", "themes: [leadership, initiative]"));
        Edit(fixture, "delta", t => t.Replace("themes: [ownership]", "themes: [teamwork, initiative]"));

        var initiative = Of(fixture).Themes.Single(t => t.Theme.Name == "initiative");

        // Both stories with the theme are named, so "add it to another story" is not read as "no story has it".
        var (told, other) =
            initiative.StoryId == "gamma"
                ? ("gamma is already told for leadership", "delta for teamwork")
                : ("delta is already told for teamwork", "gamma for leadership");
        Assert.StartsWith(
            $"Initiative: {told} and {other}: add 'initiative' to the themes of another story",
            initiative.Missing
        );
    }

    [Fact]
    public void A_failure_story_answers_failure_whatever_its_themes()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        Edit(fixture, "beta", t => t.Replace("themes: [failure]", "themes: [craft]"));
        Assert.Equal("beta", Of(fixture).Themes.Single(t => t.Theme.Name == "failure").StoryId);
    }

    [Fact]
    public void A_story_without_a_figure_in_its_result_and_over_the_whole_budget_says_both_in_its_theme_line()
    {
        using var fixture = ContentFixture.WithRule("readiness");
        File.AppendAllText(Path.Combine(fixture.Root, "profile.yaml"), "practice:\n  whole: 5\n");
        Edit(fixture, "delta", t =>
            t.Replace("  result: 3 warehouses became 1, saving $40k a year.", "  result: The warehouses became one.")
                .Replace("  result: Three warehouses became one.", "  result: The warehouses became one.")
        );

        var readiness = Of(fixture);

        Assert.StartsWith(
            "Initiative: delta takes 0:14 (budget 0:05) and needs a figure in its result",
            readiness.Themes.Single(t => t.Theme.Name == "initiative").Missing
        );
    }

    [Fact]
    public void The_summary_of_a_ready_bank_says_what_ready_means()
    {
        var ready = new StoryReadiness(true, 2, 90, 120, []);
        var readiness = new BankReadiness(
            InterviewTheme.All.Select((t, i) => new ThemeReadiness(t, $"story-{i}", ready, null, null)).ToList(),
            120
        );
        Assert.Equal(
            "Ready: 6 of 6 interview themes, each by a story of its own that is ready to tell.",
            readiness.Summary
        );
        Assert.Equal(
            "A theme counts when a story of its own answers it and is ready to tell. A story is ready when its result "
                + "has a figure, its follow-ups are prepared, "
                + "it takes at most 2:00 to tell and the story checks find nothing else to fix.",
            readiness.Meaning
        );
    }
}
