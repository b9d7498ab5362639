using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>
/// One test per story-strength rule: each fixture under Fixtures/Rules holds a story that triggers
/// the rule and, beside it, a story that comes close and does not.
/// </summary>
public class StrengthRuleTests
{
    /// <summary>The warnings of one code, as (file, line, column); the bank must still load.</summary>
    private static List<(string File, int Line, int Column)> Warnings(
        ContentFixture fixture,
        string code,
        out List<Diagnostic> found
    )
    {
        var result = fixture.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        // No other rule fires: each fixture shows one weakness.
        Assert.All(result.Diagnostics, d => Assert.Equal(code, d.Code));
        found = result.Diagnostics.ToList();
        return found.Select(d => (fixture.Relative(d), d.Line, d.Column)).ToList();
    }

    [Fact]
    public void A_result_without_a_figure_is_a_warning_at_that_result_but_figures_in_words_count()
    {
        using var fixture = ContentFixture.WithRule("result-without-number");
        Assert.Equal(
            [("stories/alpha.yaml", 15, 3)],
            Warnings(fixture, DiagnosticCodes.ResultWithoutNumber, out var found)
        );
        Assert.Equal(
            "The result in 'card.result' has no number, so it is hard to remember and easy to doubt.",
            found[0].Message
        );
    }

    [Fact]
    public void Actions_told_mostly_as_we_are_a_warning_that_says_the_share_but_a_team_named_once_is_not()
    {
        using var fixture = ContentFixture.WithRule("told-as-we");
        Assert.Equal([("stories/alpha.yaml", 20, 3)], Warnings(fixture, DiagnosticCodes.ToldAsWe, out var found));
        Assert.StartsWith(
            "The actions say 'we', 'our' or 'us' 3 times and 'I', 'my' or 'me' once: 75% 'we'.",
            found[0].Message
        );
    }

    [Fact]
    public void A_card_line_over_thirty_words_is_a_warning_and_one_of_thirty_is_not()
    {
        using var fixture = ContentFixture.WithRule("long-bullet");
        Assert.Equal([("stories/alpha.yaml", 11, 3)], Warnings(fixture, DiagnosticCodes.CardBulletLong, out var found));
        Assert.Equal("The card's 'context' has 37 words; a card bullet reads best under 30.", found[0].Message);
    }

    [Fact]
    public void A_lesson_from_the_list_of_sayings_or_of_two_words_is_a_warning_and_a_saying_made_specific_is_not()
    {
        using var fixture = ContentFixture.WithRule("empty-lesson");
        Assert.Equal(
            [("stories/alpha.yaml", 16, 3), ("stories/alpha.yaml", 22, 3), ("stories/gamma.yaml", 15, 3)],
            Warnings(fixture, DiagnosticCodes.EmptyLesson, out var found)
        );
        Assert.StartsWith(
            "'Communication is key!' in 'card.lesson' is a saying that fits every story",
            found[0].Message
        );
        Assert.StartsWith("'I learned that teamwork matters.' in 'star.reflection' is a saying", found[1].Message);
        Assert.Equal("'Ship it.' in 'card.lesson' is too short to say what you learned.", found[2].Message);
    }

    [Fact]
    public void Each_star_part_over_the_profiles_budget_is_a_warning_at_that_part_and_stories_inside_it_are_not()
    {
        using var fixture = ContentFixture.WithRule("star-time-budget");
        Assert.Equal(
            [
                ("stories/gamma.yaml", 16, 1),
                ("stories/gamma.yaml", 17, 3),
                ("stories/gamma.yaml", 19, 3),
                ("stories/gamma.yaml", 20, 3),
            ],
            Warnings(fixture, DiagnosticCodes.StarTimeBudget, out var found)
        );
        Assert.Equal(
            "The whole answer takes 0:24 to say at 150 words a minute, over the 0:15 budget (practice: whole).",
            found[0].Message
        );
        Assert.Equal(
            "Situation and task together take 0:10 to say at 150 words a minute, over the 0:05 budget (practice: "
                + "situation_and_task).",
            found[1].Message
        );
        Assert.Equal(
            "The actions take 0:10 to say at 150 words a minute, over the 0:05 budget (practice: action).",
            found[2].Message
        );
        Assert.Equal(
            "The result takes 0:05 to say at 150 words a minute, over the 0:03 budget (practice: result).",
            found[3].Message
        );
    }

    [Fact]
    public void With_the_default_budgets_a_result_of_eighty_words_is_over_its_half_minute()
    {
        using var fixture = ContentFixture.Valid();
        var alpha = Path.Combine(fixture.Root, "stories", "alpha.yaml");
        File.WriteAllText(
            alpha,
            File.ReadAllText(alpha)
                .Replace(
                    "  result: Reports are 1 day old now, not 5.",
                    "  result: Reports are 1 day old now, not 5"
                        + string.Concat(Enumerable.Repeat(", and then some more", 18))
                        + "."
                )
        );
        var d = Assert.Single(fixture.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.StarTimeBudget, d.Code);
        Assert.Equal((21, 3), (d.Line, d.Column));
        Assert.Contains("over the 0:30 budget (practice: result)", d.Message);
    }

    [Fact]
    public void Actions_shorter_than_a_lower_limit_set_in_the_profile_are_a_warning()
    {
        using var fixture = ContentFixture.Valid();
        File.AppendAllText(Path.Combine(fixture.Root, "profile.yaml"), "practice:\n  action_at_least: 2\n");
        var d = Assert.Single(fixture.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.StarTimeBudget, d.Code);
        Assert.Equal("stories/beta.yaml", fixture.Relative(d));
        Assert.Equal((19, 3), (d.Line, d.Column));
        Assert.Equal(
            "The actions take 0:01 to say, under the 0:02 the profile asks for (practice: action_at_least).",
            d.Message
        );
    }

    [Fact]
    public void A_budget_beyond_ten_minutes_in_the_profile_is_an_error_at_its_value()
    {
        using var fixture = ContentFixture.Valid();
        File.AppendAllText(Path.Combine(fixture.Root, "profile.yaml"), "practice:\n  whole: 700\n");
        var d = Assert.Single(fixture.Load().Diagnostics);
        Assert.Equal(DiagnosticCodes.ScoreOutOfRange, d.Code);
        Assert.Equal((14, 10), (d.Line, d.Column));
        Assert.Equal("'whole' in practice is 700, but it must be from 1 to 600.", d.Message);
    }

    [Fact]
    public void A_story_with_no_follow_ups_is_a_warning_at_its_id()
    {
        using var fixture = ContentFixture.WithRule("no-follow-ups");
        Assert.Equal([("stories/alpha.yaml", 1, 1)], Warnings(fixture, DiagnosticCodes.NoFollowUps, out _));
    }

    [Fact]
    public void A_percentage_that_does_not_match_its_before_and_after_figures_is_a_warning_with_the_right_one()
    {
        using var fixture = ContentFixture.WithRule("percent-disagrees");
        Assert.Equal(
            [("stories/alpha.yaml", 15, 3)],
            Warnings(fixture, DiagnosticCodes.FiguresDisagree, out var found)
        );
        Assert.Equal(
            "'50%' does not match 'from 40 to 10 minutes' in the same sentence of 'card.result': that is a 75% fall.",
            found[0].Message
        );
    }

    [Fact]
    public void A_figure_told_with_two_values_is_a_warning_at_each_place_it_is_typed_naming_the_other()
    {
        using var fixture = ContentFixture.Valid();
        var alpha = Path.Combine(fixture.Root, "stories", "alpha.yaml");
        File.WriteAllText(
            alpha,
            File.ReadAllText(alpha)
                .Replace("  situation: Reports took five days.", "  situation: Reports took seven days.")
        );
        // The profile's highlight for alpha says "from 5 days" too, so it is warned as well.
        Assert.Equal(
            [
                ("profile.yaml", 9, 37),
                ("stories/alpha.yaml", 9, 24),
                ("stories/alpha.yaml", 11, 25),
                ("stories/alpha.yaml", 18, 27),
                ("stories/alpha.yaml", 28, 12),
            ],
            Warnings(fixture, DiagnosticCodes.FiguresDisagree, out var found)
        );
        Assert.Equal(
            "The reports figure is '5 days' in 'card.context' but 'seven days' in 'star.situation' (line 18); the "
                + "pack prints both.",
            found[2].Message
        );
        Assert.Equal(
            "The reports figure is 'seven days' in 'star.situation' but '5 days' in 'highlight' (line 9); the pack "
                + "prints both.",
            found[3].Message
        );
        Assert.StartsWith(
            "Say the same figure in both places, or make clear they measure different things",
            found[0].Hint
        );
    }

    [Fact]
    public void A_tmay_highlight_giving_its_storys_figure_otherwise_is_a_warning_in_the_profile_and_the_story()
    {
        using var fixture = ContentFixture.Valid();
        var profile = Path.Combine(fixture.Root, "profile.yaml");
        File.WriteAllText(
            profile,
            File.ReadAllText(profile)
                .Replace("Alpha cut a report from 5 days to 1.", "Alpha cut a report from 5 days to 2.")
        );
        Assert.Equal(
            [
                ("profile.yaml", 9, 47),
                ("stories/alpha.yaml", 9, 34),
                ("stories/alpha.yaml", 21, 23),
                ("stories/alpha.yaml", 28, 18),
            ],
            Warnings(fixture, DiagnosticCodes.FiguresDisagree, out var found)
        );
        Assert.Equal(
            "The report figure is '2' in 'profile: tmay.highlights[0].says' but '1' in 'highlight' (alpha.yaml, line "
                + "9); the pack prints both.",
            found[0].Message
        );
        Assert.Equal(
            "The report figure is '1' in 'highlight' but '2' in 'profile: tmay.highlights[0].says' (profile.yaml, "
                + "line 9); the pack prints both.",
            found[1].Message
        );
    }

    [Theory]
    [InlineData(
        "card.result",
        "Churn fell from 14% to 6%, a 57% cut.",
        "star.result",
        "Churn is now 6%, down from 14%."
    )]
    [InlineData("card.context", "Onboarding took 6 weeks.", "star.result", "Onboarding now takes 2 weeks.")]
    [InlineData("card.task", "Ship the pilot in 6 weeks.", "star.result", "The pilot shipped in 8 weeks.")]
    [InlineData(
        "highlight",
        "Refresh from 2-3 h to 15 min",
        "star.result",
        "Refresh took two to three hours and now takes 15 minutes."
    )]
    [InlineData("card.result", "Saved $2.3M of the $3.1M ARR at risk.", "highlight", "$2.3M ARR kept")]
    [InlineData("card.result", "Latency fell 85%, to 120 ms.", "numbers[0]", "800 → 120 ms checkout latency")]
    [InlineData(
        "star.actions[0]",
        "Ran 3 workshops in 2024 with version 2.1 of the tool.",
        "star.actions[1]",
        "Held 3 workshops on 4 March at 9:30 with the top 5 teams."
    )]
    [InlineData("card.result", "Churn fell 30%.", "star.result", "Conversion rose 12%.")]
    [InlineData(
        "card.context",
        "A new marking scheme doubled marking time for 22 teachers.",
        "card.lesson",
        "I now pilot any new rubric with two teachers for a fortnight first."
    )]
    [InlineData(
        "card.result",
        "Reading ages rose 14 months on average.",
        "star.result",
        "The average reading age went from 9 years to 10 years 2 months."
    )]
    [InlineData("highlight", "Conversion 61% to 68%", "star.result", "Conversion rose 7 points.")]
    [InlineData("card.result", "Churn fell from 8% to 5%.", "star.result", "Churn fell 3 points, to 5%.")]
    public void Honest_pairs_of_figures_are_not_a_disagreement(
        string field,
        string text,
        string otherField,
        string other
    )
    {
        var quantities = PrepPack
            .Content.Validation.Strength.Quantities.Read(
                field,
                text,
                PrepPack.Content.Validation.Strength.Quantities.RoleOf(field)
            )
            .Concat(
                PrepPack.Content.Validation.Strength.Quantities.Read(
                    otherField,
                    other,
                    PrepPack.Content.Validation.Strength.Quantities.RoleOf(otherField)
                )
            )
            .ToList();
        Assert.Empty(PrepPack.Content.Validation.Strength.FiguresDisagree.Disagreements(quantities));
    }

    [Theory]
    [InlineData(
        "card.result",
        "Cut churn 30% in two quarters.",
        "star.result",
        "Churn was down 35% two quarters later."
    )]
    [InlineData(
        "highlight",
        "Retention programme worth $1.2M a year",
        "numbers[0]",
        "$1.5M yearly value of the retention programme"
    )]
    [InlineData(
        "card.context",
        "A team of 12 engineers kept the monolith running.",
        "star.situation",
        "I led the 15 engineers who kept the monolith running."
    )]
    [InlineData(
        "card.action_2",
        "Ran a 6-week pilot in one region.",
        "star.actions[1]",
        "We ran an 8-week pilot in the north."
    )]
    [InlineData("card.result", "Churn fell 30%.", "numbers[0]", "14% → 6% monthly churn")]
    [InlineData(
        "card.result",
        "Reading ages rose 14 months on average.",
        "tmay.highlights[0].says",
        "My programme took reading ages up by 18 months on average."
    )]
    [InlineData(
        "highlight",
        "Triage waits from 40 to 22 minutes",
        "tmay.highlights[0].says",
        "I redesigned triage, which brought waits down to 18 minutes."
    )]
    [InlineData("highlight", "Conversion 61% to 68%", "star.result", "Conversion rose 9 points.")]
    public void The_same_figure_told_otherwise_is_a_disagreement_at_both_places(
        string field,
        string text,
        string otherField,
        string other
    )
    {
        var quantities = PrepPack
            .Content.Validation.Strength.Quantities.Read(
                field,
                text,
                PrepPack.Content.Validation.Strength.Quantities.RoleOf(field)
            )
            .Concat(
                PrepPack.Content.Validation.Strength.Quantities.Read(
                    otherField,
                    other,
                    PrepPack.Content.Validation.Strength.Quantities.RoleOf(otherField)
                )
            )
            .ToList();
        var found = PrepPack.Content.Validation.Strength.FiguresDisagree.Disagreements(quantities);
        var fields = found.Keys.Select(q => q.Field).ToList();
        Assert.Contains(field, fields);
        Assert.Contains(otherField, fields);
    }

    [Fact]
    public void A_percentage_change_against_a_before_and_after_elsewhere_says_the_change_they_make_at_both_places()
    {
        using var fixture = ContentFixture.Valid();
        var alpha = Path.Combine(fixture.Root, "stories", "alpha.yaml");
        var text = File.ReadAllText(alpha);
        var highlight = text.Split('\n').First(l => l.StartsWith("highlight:", StringComparison.Ordinal));
        File.WriteAllText(alpha, text.Replace(highlight, "highlight: Report time cut 40%"));
        Warnings(fixture, DiagnosticCodes.FiguresDisagree, out var found);
        Assert.Contains(found, d =>
            d.Message
            == "'40%' in 'highlight' does not match '5 d to 1 d' in 'numbers[0]' (line 28): that is an 80% fall; the "
                + "pack prints both."
        );
        Assert.Contains(found, d =>
            d.Message
            == "'5 days to 1' in 'profile: tmay.highlights[0].says' is an 80% fall, but 'highlight' (alpha.yaml, line "
                + "9) says '40%'; the pack prints both."
        );
    }

    [Fact]
    public void A_figure_is_named_by_its_words_in_reading_order()
    {
        var q = PrepPack
            .Content.Validation.Strength.Quantities.Read(
                "card.result",
                "Dosing errors fell 60% the next quarter.",
                PrepPack.Content.Validation.Strength.QuantityRole.After
            )
            .Single();
        Assert.Equal(["dosing", "errors"], q.About.Take(2));
    }

    [Theory]
    [InlineData("Runs fell from 40 to 10 minutes, a 75% cut.")]
    [InlineData("Load time went from 2 h to 15 min, 88% faster.")]
    [InlineData("Reports went from 5 days to 1, an 80% cut.")]
    [InlineData("Users went from 100 to 300, a 200% rise.")]
    [InlineData("Time fell from 30 to 3 minutes, accuracy rose to 95%.")]
    [InlineData("Refresh from 2-3 h to 15 min, a 90% cut.")]
    [InlineData("Refresh went from two to three hours to 15 minutes, a 90% cut.")]
    [InlineData("Accuracy rose from 90% to 95%, a 5% gain.")]
    [InlineData("Accuracy rose from 90% to 99%, up 10%.")]
    [InlineData("Churn fell from 14% to 6%, down 8%.")]
    public void A_percentage_that_matches_or_cannot_be_tied_to_one_pair_is_not_a_mismatch(string sentence) =>
        Assert.Null(PrepPack.Content.Validation.Strength.PercentAgainstPair.Mismatch(sentence));

    [Fact]
    public void A_change_that_matches_neither_the_share_nor_the_points_of_two_percent_levels_is_a_mismatch()
    {
        var found = PrepPack.Content.Validation.Strength.PercentAgainstPair.Mismatch(
            "Shrinkage fell from 3.1% to 0.9% in nine months, a 40% drop."
        );
        Assert.Equal(("40%", "from 3.1% to 0.9%", "fall"), (found?.Percent, found?.Pair, found?.Direction));
    }

    [Fact]
    public void A_failure_frame_figure_the_story_never_gives_is_a_warning_but_one_written_otherwise_is_not()
    {
        using var fixture = ContentFixture.WithRule("failure-figure");
        // At the figure itself: "  what_went_wrong: No test covered the 3 rules I changed." has its '3' at column 40.
        Assert.Equal(
            [("stories/beta.yaml", 23, 40)],
            Warnings(fixture, DiagnosticCodes.FailureFigureNotInStory, out var found)
        );
        Assert.StartsWith("'3' in 'failure.what_went_wrong' appears nowhere else in the story", found[0].Message);
    }

    [Fact]
    public void A_failure_figure_inside_a_decimal_is_not_taken_for_the_figure_itself()
    {
        using var fixture = ContentFixture.WithRule("failure-figure");
        var beta = Path.Combine(fixture.Root, "stories", "beta.yaml");
        File.WriteAllText(
            beta,
            File.ReadAllText(beta)
                .Replace(
                    "  what_went_wrong: No test covered the 3 rules I changed.",
                    "  what_went_wrong: I read 0.5 as 5 and no test covered it."
                )
        );
        var places = Warnings(fixture, DiagnosticCodes.FailureFigureNotInStory, out var found);
        // '0.5' starts at column 27; the '5' said on its own is at column 34, not the one inside '0.5'.
        Assert.Equal([("stories/beta.yaml", 23, 27), ("stories/beta.yaml", 23, 34)], places);
    }

    [Fact]
    public void Every_strength_warning_has_its_own_code_in_the_content_warning_range()
    {
        string[] codes =
        [
            DiagnosticCodes.CardBulletLong,
            DiagnosticCodes.NoKeyNumbers,
            DiagnosticCodes.NoPrinciples,
            DiagnosticCodes.ResultWithoutNumber,
            DiagnosticCodes.ToldAsWe,
            DiagnosticCodes.EmptyLesson,
            DiagnosticCodes.StarTimeBudget,
            DiagnosticCodes.NoFollowUps,
            DiagnosticCodes.FiguresDisagree,
            DiagnosticCodes.FailureFigureNotInStory,
        ];
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.StartsWith("PP02", c));
    }
}
