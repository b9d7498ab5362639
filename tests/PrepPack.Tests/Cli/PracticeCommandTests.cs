using PrepPack.Cli;
using PrepPack.Content;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary><c>preppack practice</c> driven through redirected input, with a clock the test moves.</summary>
public class PracticeCommandTests
{
    private static readonly DateTime Evening = new(2026, 11, 21, 19, 4, 30);

    /// <summary>The minimal bank with a second question, asked about craft.</summary>
    private static ContentFixture Bank()
    {
        var bank = ContentFixture.Valid();
        File.WriteAllText(
            Path.Combine(bank.Root, "questions", "quality.yaml"),
            """
            id: quality
            ask: How do you keep the quality up?
            principles:
              acme: [craft]
            primary: alpha
            backup: beta
            angle:
              lead_with: Tests before the pipeline, not after.
            cues: [Tests first, Report age 5 days to 1, Alerts on drift]
            """
        );
        return bank;
    }

    private static string Log(ContentFixture bank) => Path.Combine(bank.Root, "practice", "log.yaml");

    private static (int Exit, string Out, string Err) Practise(
        ContentFixture bank,
        FakeClock clock,
        IEnumerable<(string, int)> lines,
        params string[] more
    ) =>
        PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(new ScriptedInput(clock, lines), false, clock),
            ["practice", "--content", bank.Root, "--seed", "3", .. more]
        );

    [Fact]
    public void Practice_through_redirected_input_writes_each_answer_to_the_log_with_its_time_and_scores()
    {
        using var bank = Bank();
        var clock = new FakeClock(Evening);
        var (exit, output, error) = Practise(
            bank,
            clock,
            [.. ScriptedInput.Answer(104, 4, 3, 5), .. ScriptedInput.Answer(135, 2, 2, 3)]
        );

        Assert.True(exit == 0, output + error);
        var log = File.ReadAllText(Log(bank));
        Assert.EndsWith(
            """
            answers:
              - date: 2026-11-21 19:04
                question: quality
                story: alpha
                time: "1:44"
                clarity: 4
                metrics: 3
                reflection: 5
              - date: 2026-11-21 19:06
                question: setback
                story: alpha
                time: "2:15"
                clarity: 2
                metrics: 2
                reflection: 3

            """.ReplaceLineEndings("\n"),
            log
        );
        Assert.Contains("  Time: 1:44 of 2:00, within time.", output);
        Assert.Contains("  Time: 2:15, 0:15 over 2:00.", output);
        Assert.Contains("  - Tests first", output);
        Assert.Contains("2 answers added this session; the log holds 2 answers.", output);
        // The log is content like any other: it reads back without a problem.
        Assert.Empty(StoryBankLoader.Load(bank.Root).Diagnostics);
    }

    [Fact]
    public void A_new_session_adds_to_the_end_of_the_log_and_keeps_what_the_user_wrote_there()
    {
        using var bank = Bank();
        Directory.CreateDirectory(Path.GetDirectoryName(Log(bank))!);
        const string byHand =
            "# Practised on paper too.\nanswers:\n- date: 2026-11-19\n  story: beta   # on the train\n";
        File.WriteAllText(Log(bank), byHand);
        var (exit, output, error) = Practise(bank, new FakeClock(Evening), ScriptedInput.Answer(60, 3, 3, 3));
        Assert.True(exit == 0, output + error);
        var log = File.ReadAllText(Log(bank));
        Assert.StartsWith(byHand, log);
        Assert.True(
            log.EndsWith(
                "- date: 2026-11-21 19:04\n  question: quality\n  story: alpha\n  time: \"1:00\"\n  clarity: 3\n  "
                    + "metrics: 3\n  reflection: 3\n",
                StringComparison.Ordinal
            ),
            log
        );
        Assert.Equal(2, StoryBankLoader.Load(bank.Root).Bank!.Practice.Entries.Count);
    }

    [Fact]
    public void The_same_seed_and_log_ask_the_same_questions_in_the_same_order()
    {
        string Asked()
        {
            using var bank = Bank();
            var (_, output, _) = Practise(
                bank,
                new FakeClock(Evening),
                [.. ScriptedInput.Answer(60, 3, 3, 3), .. ScriptedInput.Answer(60, 3, 3, 3)]
            );
            var lines = output.Split('\n');
            return string.Join(
                "|",
                lines.Where((_, i) => i > 0 && lines[i - 1].StartsWith("Question ", StringComparison.Ordinal))
            );
        }
        Assert.Equal(Asked(), Asked());
        Assert.Contains("|", Asked());
    }

    [Fact]
    public void A_score_not_one_to_five_in_redirected_input_is_a_usage_error_at_its_line_keeping_earlier_answers()
    {
        using var bank = Bank();
        var (exit, _, error) = Practise(
            bank,
            new FakeClock(Evening),
            [.. ScriptedInput.Answer(60, 4, 4, 4), ("", 70), ("5", 1), ("six", 1)]
        );
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains(
            "preppack: line 7 of the input is 'six', but the metrics score must be a whole number from 1 to 5.",
            error
        );
        Assert.Single(StoryBankLoader.Load(bank.Root).Bank!.Practice.Entries);
    }

    [Fact]
    public void Input_that_ends_before_the_scores_leaves_that_answer_out_of_the_log()
    {
        using var bank = Bank();
        var (exit, output, _) = Practise(
            bank,
            new FakeClock(Evening),
            [.. ScriptedInput.Answer(60, 4, 4, 4), ("", 70), ("5", 1)]
        );
        Assert.Equal(0, exit);
        Assert.Contains("The input ended before the scores of question 2, so it is not in the log.", output);
        Assert.Single(StoryBankLoader.Load(bank.Root).Bank!.Practice.Entries);
    }

    [Fact]
    public void A_framework_without_question_files_is_practised_from_its_own_questions_or_says_how_to_add_one()
    {
        using var bank = Bank();
        File.Delete(Path.Combine(bank.Root, "questions", "quality.yaml"));
        File.WriteAllText(
            Path.Combine(bank.Root, "questions", "setback.yaml"),
            File.ReadAllText(Path.Combine(bank.Root, "questions", "setback.yaml"))
                .Replace("  acme: [grit]\n", "  other: []\n")
        );
        File.WriteAllText(
            Path.Combine(bank.Root, "frameworks", "other.yaml"),
            "id: other\ncompany: Other\nname: Values\nprinciples:\n  - id: x\n    name: X\n    emphasise: X.\n"
        );

        var (exit, output, _) = Practise(
            bank,
            new FakeClock(Evening),
            ScriptedInput.Answer(60, 3, 3, 3),
            "--framework",
            "acme"
        );
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(
            "holds no question asked for Acme yet, so these are the practice questions of Acme's principles",
            output
        );
        Assert.Contains("Question 1 · Acme: Grit · its story never practised", output);
        Assert.Contains("  Tell me about a setback.", output);

        File.WriteAllText(
            Path.Combine(bank.Root, "frameworks", "third.yaml"),
            "id: third\ncompany: Third\nname: Values\nprinciples:\n  - id: y\n    name: Y\n    emphasise: Y.\n"
        );
        var (none, said, _) = Practise(
            bank,
            new FakeClock(Evening),
            ScriptedInput.Answer(60, 3, 3, 3),
            "--framework",
            "third"
        );
        Assert.Equal(ExitCodes.ContentErrors, none);
        Assert.Contains("No question is asked for Third yet", said);
    }

    [Fact]
    public void A_bank_without_question_files_practises_framework_questions_and_logs_each_answer_to_its_story()
    {
        using var bank = Bank();
        foreach (var file in Directory.GetFiles(Path.Combine(bank.Root, "questions")))
            File.Delete(file);

        var (exit, output, error) = Practise(bank, new FakeClock(Evening), [.. ScriptedInput.Answer(60, 4, 3, 5)]);

        Assert.True(exit == 0, output + error);
        Assert.Contains("so these are the practice questions of Acme's principles", output);
        Assert.Contains("Lead with: Keep going.", output);
        var entry = Assert.Single(StoryBankLoader.Load(bank.Root).Bank!.Practice.Entries);
        Assert.Null(entry.Question);
        Assert.Equal("alpha", entry.Story!.Id);
        // The log names only what exists, so the content still checks clean.
        Assert.DoesNotContain(StoryBankLoader.Load(bank.Root).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_bank_with_no_question_and_no_framework_question_says_how_to_add_one()
    {
        using var bank = Bank();
        foreach (var file in Directory.GetFiles(Path.Combine(bank.Root, "questions")))
            File.Delete(file);
        foreach (var file in Directory.GetFiles(Path.Combine(bank.Root, "frameworks")))
            File.WriteAllText(
                file,
                System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), @"\n    questions: \[[^\]]*\]", "")
            );

        var (exit, output, _) = Practise(bank, new FakeClock(Evening), ScriptedInput.Answer(60, 3, 3, 3));

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("There are no questions to practise: add one to", output);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    [InlineData("none")]
    public void A_bank_just_made_by_init_can_practise_at_once(string framework)
    {
        using var folder = new TempFolder();
        PrepPack.Tests.Support.Cli.Run("init", folder.Path, "--framework", framework);
        var clock = new FakeClock(Evening);
        var (exit, output, error) = PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(new ScriptedInput(clock, ScriptedInput.Answer(90, 4, 4, 4)), false, clock),
            "practice",
            "--content",
            folder.Combine("content"),
            "--seed",
            "1"
        );

        Assert.True(exit == 0, output + error);
        Assert.Contains("Tell me about a time you were wrong.", output);
        Assert.Contains("Story: An overpayment I caused, and the checks that followed", output);
        Assert.Equal(
            "time-you-were-wrong",
            Assert.Single(StoryBankLoader.Load(folder.Combine("content")).Bank!.Practice.Entries).Question!.Id
        );
    }

    [Fact]
    public void A_new_bank_whose_question_file_was_removed_practises_its_frameworks_questions()
    {
        using var folder = new TempFolder();
        PrepPack.Tests.Support.Cli.Run("init", folder.Path);
        File.Delete(folder.Combine("content", "questions", "time-you-were-wrong.yaml"));
        var clock = new FakeClock(Evening);
        var (exit, output, error) = PrepPack.Tests.Support.Cli.Run(
            new PracticeConsole(new ScriptedInput(clock, ScriptedInput.Answer(90, 4, 4, 4)), false, clock),
            "practice",
            "--content",
            folder.Combine("content"),
            "--seed",
            "1"
        );

        Assert.True(exit == 0, output + error);
        Assert.Contains("so these are the practice questions of Amazon's principles", output);
        Assert.Matches(@"Question 1 · Amazon: [A-Za-z ,;]+ · its story never practised", output);
        Assert.Empty(StoryBankLoader.Load(folder.Combine("content")).Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task Ctrl_C_while_answering_leaves_the_log_whole_with_every_answer_scored_before_it()
    {
        using var bank = Bank();
        var clock = new FakeClock(Evening);
        using var input = new ScriptedInput(clock, ScriptedInput.Answer(80, 4, 4, 4), blockAtEnd: true);
        var load = StoryBankLoader.Load(bank.Root);
        var drill = new PracticeDrill(
            load.Bank!,
            load.Bank!.Questions,
            new PracticeTerminal(input, new StringWriter(), false),
            clock,
            new Random(3)
        );
        using var cancel = new CancellationTokenSource();
        var running = drill.Run(cancel.Token);
        // The second question is waiting for its answer when Ctrl+C comes.
        Assert.True(input.Waiting.Wait(TimeSpan.FromSeconds(10)));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.Equal(1, drill.Logged);
        var reloaded = StoryBankLoader.Load(bank.Root);
        Assert.Empty(reloaded.Diagnostics);
        Assert.Equal(80, Assert.Single(reloaded.Bank!.Practice.Entries).Seconds);
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(Log(bank))!, "*.tmp"));
    }
}
