using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Coverage;

/// <summary>Where the framework names no story, PrepPack picks one as a coach would; the picks are kept as golden
/// files.</summary>
public class AutoPickTests
{
    private static readonly LoadResult Fixture = CheckedBank.Load(Path.Combine(RepoPaths.Fixtures, "CoverageBank"));
    private static readonly LoadResult Sample = CheckedBank.Load(RepoPaths.SampleBank);

    private static FrameworkCoverage Spread => BankCoverage.Of(Fixture.Bank!).Find("spread")!;

    [Fact]
    public void The_picks_for_the_sample_content_match_the_golden_file() =>
        Golden.Match(CoverageDump.Write(BankCoverage.Of(Sample.Bank!)), "Coverage", "sample-picks.txt");

    [Fact]
    public void The_picks_for_the_fixture_bank_match_the_golden_file() =>
        Golden.Match(CoverageDump.Write(BankCoverage.Of(Fixture.Bank!)), "Coverage", "coverage-bank-picks.txt");

    [Fact]
    public void Only_stories_that_show_the_principle_are_picked()
    {
        foreach (var bank in new[] { Sample.Bank!, Fixture.Bank! })
        foreach (var framework in BankCoverage.Of(bank).Frameworks)
        foreach (var pick in framework.Principles.SelectMany(p => p.Picks.Where(s => s.Picked).Select(s => (p, s))))
            Assert.True(
                pick.s.Story.Shows(framework.Framework.Id, pick.p.Principle.Id),
                $"{pick.s.Story.Id} for {pick.p.Principle.Id}"
            );
    }

    [Fact]
    public void A_principle_asked_as_a_time_you_were_wrong_gets_failure_stories_before_higher_scoring_ones()
    {
        var mistakes = Spread.Find("learn-from-mistakes")!;
        Assert.Equal(("delta", "fjord"), (mistakes.Primary!.Story.Id, mistakes.Backup!.Story.Id));
        Assert.All(mistakes.Picks, p => Assert.True(p.Story.IsFailure));
        Assert.Equal(CoverageStatus.Strong, mistakes.Status);
    }

    [Fact]
    public void The_sample_picks_its_failure_story_for_are_right_a_lot()
    {
        var amazon = BankCoverage.Of(Sample.Bank!).Find("amazon")!;
        Assert.True(amazon.Find("are-right-a-lot")!.Primary!.Story.IsFailure);
    }

    [Fact]
    public void A_story_whose_themes_match_the_principle_is_picked_before_a_higher_scoring_one()
    {
        // canal (9 points, themes: craft) before apex (15 points) for "Craft quality".
        Assert.Equal("canal", Spread.Find("craft-quality")!.Primary!.Story.Id);
    }

    [Fact]
    public void No_story_is_picked_past_its_share_while_another_shows_the_principle()
    {
        var team = Spread.Find("team")!;
        Assert.Equal("ember", team.Primary!.Story.Id);
        Assert.Null(team.Backup);
        Assert.Equal(
            "only one story: add a backup ('apex' also shows it, but already carries the most principles allowed, 2)",
            team.Reason
        );
    }

    [Fact]
    public void A_story_that_is_the_only_one_for_a_principle_goes_past_its_share_and_is_reported()
    {
        var over = Assert.Single(Spread.Overused);
        Assert.Equal("apex", over.Story.Id);
        Assert.Equal(["ownership", "deliver-results", "think-big"], over.Principles.Select(p => p.Id));
        var warning = Assert.Single(Fixture.Diagnostics, d => d.Code == DiagnosticCodes.StoryOverused);
        Assert.Equal(("spread.yaml", 9, 14), (Path.GetFileName(warning.File), warning.Line, warning.Column));
        Assert.Equal(
            "'apex' is told for 3 principles of Spread (Ownership, Deliver results, Think big), more than the 2 one "
                + "story may carry.",
            warning.Message
        );
    }

    [Fact]
    public void The_picks_do_not_depend_on_the_order_the_stories_were_read_in()
    {
        var bank = Fixture.Bank!;
        var reversed = bank with { Stories = bank.Stories.Reverse().ToList() };
        Assert.Equal(CoverageDump.Write(BankCoverage.Of(bank)), CoverageDump.Write(BankCoverage.Of(reversed)));
    }

    [Theory]
    [InlineData(16, 10, 4)]
    [InlineData(4, 10, 2)]
    [InlineData(16, 60, 2)]
    [InlineData(7, 3, 5)]
    public void Without_a_limit_in_the_framework_a_story_may_carry_a_fair_share_of_the_bank(
        int principles,
        int stories,
        int share
    )
    {
        var framework = new Framework
        {
            Id = "f",
            Company = "F",
            Name = "F",
            File = "f.yaml",
            Principles = Enumerable
                .Range(0, principles)
                .Select(i => new Principle
                {
                    Id = $"p{i}",
                    Name = $"P{i}",
                    Emphasise = "",
                })
                .ToList(),
        };
        Assert.Equal(share, AutoPicker.FairShare(framework, stories));
    }

    [Fact]
    public void The_sample_spreads_its_picks_so_no_story_is_over_used()
    {
        Assert.All(BankCoverage.Of(Sample.Bank!).Frameworks, f => Assert.Empty(f.Overused));
        Assert.DoesNotContain(Sample.Diagnostics, d => d.Code == DiagnosticCodes.StoryOverused);
    }
}
