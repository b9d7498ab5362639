using PrepPack.Content;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Coverage;

/// <summary>Each coverage status and reason, one principle each, from the frameworks of
/// Fixtures/CoverageBank.</summary>
public class CoverageStatusTests
{
    private static readonly string Bank = Path.Combine(RepoPaths.Fixtures, "CoverageBank");
    private static readonly LoadResult Loaded = CheckedBank.Load(Bank);
    private static readonly BankCoverage Coverage = BankCoverage.Of(Loaded.Bank!);

    private static PrincipleCoverage Principle(string id) => Coverage.Find("statuses")!.Find(id)!;

    [Fact]
    public void A_primary_and_a_backup_that_both_show_the_principle_are_strong_with_no_reason()
    {
        var strong = Principle("strong");
        Assert.Equal(CoverageStatus.Strong, strong.Status);
        Assert.Equal(("apex", "bridge"), (strong.Primary!.Story.Id, strong.Backup!.Story.Id));
        Assert.Null(strong.Reason);
    }

    [Fact]
    public void One_story_only_is_thin_and_asks_for_a_backup()
    {
        var lonely = Principle("lonely");
        Assert.Equal(CoverageStatus.Thin, lonely.Status);
        Assert.Null(lonely.Backup);
        Assert.Equal("only one story: add a backup", lonely.Reason);
    }

    [Fact]
    public void A_backup_named_without_a_primary_is_kept_as_the_backup()
    {
        var alone = Principle("backup-only");
        Assert.Null(alone.Primary);
        Assert.Equal("ember", alone.Backup!.Story.Id);
        Assert.True(alone.Backup.Named);
        Assert.Equal(CoverageStatus.Thin, alone.Status);
        Assert.Equal("only one story: add a primary", alone.Reason);
    }

    [Fact]
    public void A_choice_marked_weak_is_thin_and_the_reason_carries_the_note()
    {
        var weak = Principle("weak");
        Assert.Equal(CoverageStatus.Thin, weak.Status);
        Assert.Equal("needs a number", weak.Backup!.Weak);
        Assert.Equal("the backup 'canal' is marked weak: needs a number", weak.Reason);
    }

    [Fact]
    public void A_named_story_that_does_not_list_the_principle_is_thin_and_kept_where_it_was_named()
    {
        var untagged = Principle("untagged");
        Assert.Equal(CoverageStatus.Thin, untagged.Status);
        Assert.Equal("bridge", untagged.Primary!.Story.Id);
        Assert.False(untagged.Primary.Shows);
        Assert.Equal(
            "'bridge' does not list this principle: add it to the story's principles, or choose another story",
            untagged.Reason
        );
    }

    [Fact]
    public void A_named_story_that_does_not_list_the_principle_is_warned_about_at_the_framework_line()
    {
        var warning = Assert.Single(Loaded.Diagnostics, d => d.Code == DiagnosticCodes.ChosenStoryDoesNotShowPrinciple);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(("statuses.yaml", 29, 14), (Path.GetFileName(warning.File), warning.Line, warning.Column));
        Assert.Equal(
            "The primary story of 'untagged' is 'bridge', but that story does not list 'untagged'.",
            warning.Message
        );
        Assert.Equal(
            "Did you mean to tag it? Add 'untagged' under 'principles: statuses:' in stories/bridge.yaml, or choose "
                + "another story.",
            warning.Hint
        );
    }

    [Fact]
    public void A_principle_asked_as_a_time_you_were_wrong_with_no_failure_story_is_thin()
    {
        var wrongness = Principle("wrongness");
        Assert.True(wrongness.Principle.NeedsFailure);
        Assert.Equal(CoverageStatus.Thin, wrongness.Status);
        Assert.Equal(
            "asked as a time you were wrong, but neither story is a failure story: choose or tag a failure story",
            wrongness.Reason
        );
    }

    [Fact]
    public void A_principle_no_story_shows_is_a_gap_that_says_what_to_add()
    {
        var empty = Principle("empty");
        Assert.Equal(CoverageStatus.Gap, empty.Status);
        Assert.Empty(empty.Picks);
        Assert.Equal(
            "no story shows it: add the principle to a story's principles, or write a story for it",
            empty.Reason
        );
    }

    [Fact]
    public void The_same_story_named_as_primary_and_backup_is_thin()
    {
        var twice = Principle("twice");
        Assert.Equal(CoverageStatus.Thin, twice.Status);
        Assert.Equal("the primary and the backup are both 'canal': choose another backup", twice.Reason);
    }

    [Fact]
    public void Several_reasons_are_all_given_in_one_line()
    {
        var framework = Loaded.Bank!.Frameworks.Single(f => f.Id == "statuses");
        var weakened = framework with
        {
            Principles = framework
                .Principles.Select(p =>
                    p.Id != "untagged" ? p : p with { Backup = p.Backup! with { Weak = "an older story" } }
                )
                .ToList(),
        };
        var judged = FrameworkCoverage.Of(weakened, Loaded.Bank).Find("untagged")!;
        Assert.Equal(2, judged.Reasons.Count);
        Assert.Equal(
            "'bridge' does not list this principle: add it to the story's principles, or choose another story; the "
                + "backup 'apex' is marked weak: an older story",
            judged.Reason
        );
    }

    [Fact]
    public void A_framework_counts_its_strong_thin_and_gap_principles()
    {
        var statuses = Coverage.Find("statuses")!;
        Assert.Equal((1, 6, 1), (statuses.Strong, statuses.Thin, statuses.Gaps));
    }

    [Fact]
    public void A_practice_question_keeps_its_own_stories_weak_note_and_why()
    {
        var question = Principle("wrongness").Principle.Questions[1];
        Assert.Equal("What would you do differently?", question.Ask);
        Assert.Equal("apex", question.Primary!.Story.Id);
        Assert.Equal(("bridge", "no lesson yet"), (question.Backup!.Story.Id, question.Backup.Weak));
        Assert.Equal("The launch I would now stage.", question.Why);
        Assert.Equal("Tell me about a time you were wrong.", Principle("wrongness").Principle.Questions[0].Ask);
    }
}
