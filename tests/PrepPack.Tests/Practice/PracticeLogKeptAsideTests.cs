using PrepPack.Content.Readers;
using PrepPack.Diagnostics;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>
/// A log that cannot take an answer at its end is written nowhere: the answer goes to
/// log.unsaved.yaml beside it, which is added to and never written over, and the message names
/// the line of the log to change.
/// </summary>
public class PracticeLogKeptAsideTests
{
    public static TheoryData<string, int, int, string> Shapes =>
        new()
        {
            { "answers: [{date: 2026-11-20, story: beta}]\n", 1, 10, "brackets" },
            { "# mine\nanswers: []\n", 2, 10, "brackets" },
            {
                "answers:\n  - date: 2026-11-20\n    story: beta\nnotes: by hand\n",
                4,
                1,
                "'answers:' is not the last field"
            },
            { "answers: ~\n", 1, 10, "followed by '~'" },
            { "{answers: [{date: 2026-11-20, story: beta}]}\n", 1, 1, "braces" },
            {
                "answers:\n  - date: 2026-11-20\n    story: beta\n...\n# after the end\n",
                4,
                1,
                "would not join its list"
            },
            {
                "answers:\n  - date: 2026-11-20\n    story: beta\n---\nanswers:\n  - date: 2026-11-21\n    story: "
                    + "beta\n",
                4,
                1,
                "second YAML document"
            },
            { "answers:\n  - date: [2026-11-20\n    story: beta\n", 2, 11, "never closed" },
        };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_log_laid_out_so_that_an_answer_cannot_be_added_at_its_end_is_left_as_it_was_and_the_answer_kept_aside(
        string before,
        int line,
        int column,
        string says
    )
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, before);

        var written = PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer);

        Assert.False(written.Added);
        Assert.Equal(before, File.ReadAllText(path));
        var problem = written.Problem!;
        Assert.Equal(
            (DiagnosticCodes.PracticeLogNotAppendable, path, line, column),
            (problem.Code, problem.File, problem.Line, problem.Column)
        );
        Assert.Contains(says, problem.Message + problem.Hint);
        Assert.Equal(folder.Combine("log.unsaved.yaml"), written.KeptIn);
        Assert.Contains("- date: 2026-11-21 19:04\n    question: setback\n", File.ReadAllText(written.KeptIn!));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_log_laid_out_so_that_an_answer_cannot_be_added_at_its_end_is_found_before_the_first_question(
        string before,
        int line,
        int column,
        string says
    )
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, before);

        var problem = Assert.Single(PracticeLogWriter.Check(path));

        Assert.Equal(
            (DiagnosticCodes.PracticeLogNotAppendable, line, column),
            (problem.Code, problem.Line, problem.Column)
        );
        Assert.Contains(says, problem.Message + problem.Hint);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.False(File.Exists(folder.Combine("log.unsaved.yaml")));
    }

    [Fact]
    public void Answers_kept_aside_one_after_another_all_stay_and_read_as_a_log_to_move_them_from()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, "answers: [\n");
        PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer);
        // The user leaves a note in it, without a line end; the next answer still follows.
        File.AppendAllText(folder.Combine("log.unsaved.yaml"), "# moved nothing yet");
        var second = PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer with { Clarity = 1 });

        var kept = File.ReadAllText(second.KeptIn!);
        Assert.StartsWith("# Answers 'preppack practice' could not add to log.yaml", kept);
        Assert.Contains("# moved nothing yet\n  - date:", kept);
        var diagnostics = new DiagnosticBag();
        var log = PracticeLogReader.Parse(second.KeptIn!, kept, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal([4, 1], log.Entries.Select(e => e.Clarity!.Value));
        Assert.Equal("answers: [\n", File.ReadAllText(path));
    }

    [Fact]
    public void Answers_waiting_in_the_kept_aside_file_are_a_warning_when_practice_starts()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, "answers: [\n");
        PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer);
        PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer);
        File.WriteAllText(path, "answers:\n");

        var warning = Assert.Single(PracticeLogWriter.Check(path));

        Assert.Equal(
            (DiagnosticSeverity.Warning, DiagnosticCodes.AnswersKeptAside, folder.Combine("log.unsaved.yaml")),
            (warning.Severity, warning.Code, warning.File)
        );
        Assert.Contains("2 answers kept aside by an earlier session are here, not in the log", warning.Message);
    }

    [Fact]
    public void What_practice_says_of_an_answer_kept_aside_names_the_problem_and_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, "answers: [{date: 2026-11-20, story: beta}]\n");
        var told = new StringWriter();

        PracticeLogWriter.Append(path, PracticeLogAppendTests.Answer).Tell(told);

        var lines = told.ToString().Split('\n');
        Assert.StartsWith($"{path}(1,10): error PP0130: The answers are written in brackets", lines[0]);
        Assert.StartsWith(
            $"This answer is not in the log: it is kept in {folder.Combine("log.unsaved.yaml")}.",
            lines[1]
        );
    }
}
