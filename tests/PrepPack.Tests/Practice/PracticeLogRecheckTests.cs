using PrepPack.Cli;
using PrepPack.Content;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>
/// The log is read again and checked just before each answer is added: one the user broke while a
/// question waited is left exactly as saved, and the answers are kept aside, said so, and the
/// session ends with exit code 1.
/// </summary>
public class PracticeLogRecheckTests
{
    private static readonly DateTime Evening = new(2026, 11, 21, 19, 4, 30);

    /// <summary>Ten answers and the user's comments, as weeks of practice leave a log.</summary>
    private static readonly string Weeks =
        "# My practice since October.\nanswers:   # oldest first\n"
        + string.Concat(
            Enumerable
                .Range(1, 10)
                .Select(i =>
                    $"  - date: 2026-11-{i:00}\n    story: {(i % 2 == 0 ? "alpha" : "beta")}   # on paper\n    "
                    + $"clarity: {i % 5 + 1}\n"
                )
        );

    [Fact]
    public void A_log_left_with_an_unclosed_bracket_while_a_question_waits_is_kept_and_the_answers_set_aside()
    {
        using var bank = ContentFixture.Valid();
        var log = Path.Combine(bank.Root, "practice", "log.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllText(log, Weeks);
        var broken = Weeks + "  - date: [2026-11-21\n";
        var clock = new FakeClock(Evening);
        var lines = new ScriptedInput(
            clock,
            [
                .. ScriptedInput.Answer(60, 4, 4, 4),
                .. ScriptedInput.Answer(70, 3, 3, 3),
                .. ScriptedInput.Answer(80, 2, 2, 2),
            ]
        );
        // The user saves the log, half edited, as the second question is answered.
        var input = new InputThatEdits(lines, 5, () => File.WriteAllText(log, broken));

        var (exit, output, error) = PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(input, false, clock),
            "practice",
            "--content",
            bank.Root,
            "--seed",
            "3"
        );

        Assert.True(exit == ExitCodes.ContentErrors, output + error);
        Assert.Equal(broken, File.ReadAllText(log));
        Assert.Contains(
            $"{log}(33,11): error PP0130: The practice log does not read as it is now: This '[' or '{{' is never "
                + "closed",
            output
        );
        Assert.Contains(
            $"This answer is not in the log: it is kept in {Path.Combine(bank.Root, "practice", "log.unsaved.yaml")}.",
            output
        );
        Assert.Contains("1 answer added this session", output);
        Assert.Contains("2 answers could not be added to the log; each is kept as said above.", output);
        Assert.DoesNotContain("unexpected", output + error);
        var kept = PrepPack.Content.Readers.PracticeLogReader.Parse(
            "kept",
            File.ReadAllText(Path.Combine(bank.Root, "practice", "log.unsaved.yaml")),
            new()
        );
        Assert.Equal([3, 2], kept.Entries.Select(e => e.Clarity!.Value));
    }

    [Fact]
    public void Once_the_log_reads_again_practice_starts_with_a_warning_that_answers_wait_in_the_kept_aside_file()
    {
        using var bank = ContentFixture.Valid();
        var log = Path.Combine(bank.Root, "practice", "log.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        File.WriteAllText(log, Weeks);
        var clock = new FakeClock(Evening);
        var input = new InputThatEdits(new ScriptedInput(clock, ScriptedInput.Answer(60, 4, 4, 4)), 1, () =>
            File.WriteAllText(log, Weeks + "notes: [\n")
        );
        Assert.Equal(
            ExitCodes.ContentErrors,
            PrepPack
                .Tests.Support.Cli.Run(new PracticeConsole(input, false, clock), "practice", "--content", bank.Root)
                .Exit
        );

        File.WriteAllText(log, Weeks);
        var (exit, output, _) = PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(new ScriptedInput(clock, ScriptedInput.Answer(60, 5, 5, 5)), false, clock),
            "practice",
            "--content",
            bank.Root
        );

        Assert.Equal(0, exit);
        Assert.StartsWith(
            $"{Path.Combine(bank.Root, "practice", "log.unsaved.yaml")}: warning PP0260: 1 answer kept aside by an "
                + "earlier session is here",
            output
        );
        Assert.Equal(11, StoryBankLoader.Load(bank.Root).Bank!.Practice.Entries.Count);
        Assert.StartsWith(Weeks, File.ReadAllText(log), StringComparison.Ordinal);
    }
}
