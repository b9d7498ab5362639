using PrepPack.Content.Model;
using PrepPack.Content.Readers;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>
/// How an answer is added to a practice log the user may have written or edited by hand: as text
/// after its last byte, every byte before it as the user left it.
/// </summary>
public class PracticeLogAppendTests
{
    internal static readonly PracticeEntry Answer = new()
    {
        Date = new DateTime(2026, 11, 21, 19, 4, 0),
        Question = new SourceRef("setback", default),
        Story = new SourceRef("alpha", default),
        Seconds = 95,
        Clarity = 4,
        Metrics = 3,
        Reflection = 5,
    };

    private const string Item =
        "  - date: 2026-11-21 19:04\n    question: setback\n    story: alpha\n    time: \"1:35\"\n    clarity: 4\n    "
        + "metrics: 3\n    reflection: 5\n";

    /// <summary>The log after the answer is added to <paramref name="before"/>, checked to start with every byte of it
    /// and to end with the answer.</summary>
    private static string Appended(string before)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("practice", "log.yaml");
        if (before.Length > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, before);
        }
        var written = PracticeLogWriter.Append(path, Answer);
        Assert.True(written.Added, written.Problem?.ToString());
        var after = File.ReadAllText(path);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        var log = PracticeLogReader.Parse(path, after, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(
            Answer with
            {
                Question = log.Entries[^1].Question,
                Story = log.Entries[^1].Story,
                At = log.Entries[^1].At,
            },
            log.Entries[^1]
        );
        Assert.Equal(log.Entries.Count, written.Log!.Entries.Count);
        Assert.False(File.Exists(folder.Combine("practice", "log.unsaved.yaml")));
        return after;
    }

    [Fact]
    public void The_first_answer_makes_the_log_naming_its_schema_with_a_line_on_what_it_is()
    {
        var log = Appended("");
        Assert.StartsWith(
            "# yaml-language-server: $schema=../../schemas/practice-log.schema.json\n# Your practice",
            log
        );
        Assert.EndsWith("answers:\n" + Item, log);
    }

    [Fact]
    public void An_answer_follows_the_last_at_the_indentation_of_those_already_there()
    {
        var log = Appended("answers:\n    - date: 2026-11-20\n      story: beta\n");
        Assert.Equal(
            "answers:\n    - date: 2026-11-20\n      story: beta\n    - date: 2026-11-21 19:04\n      question: "
                + "setback\n      story: alpha\n      time: \"1:35\"\n      clarity: 4\n      metrics: 3\n      "
                + "reflection: 5\n",
            log
        );
    }

    [Fact]
    public void An_answer_follows_a_list_written_at_the_margin_at_the_margin()
    {
        const string before = "answers:\n- date: 2026-11-20\n  story: beta\n";
        Assert.Equal(
            before + string.Concat(Item.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[2..] + "\n")),
            Appended(before)
        );
    }

    [Theory]
    [InlineData("# mine\nanswers:\n")]
    [InlineData("# mine\nanswers:   # none yet, practise tonight\n")]
    public void An_empty_list_of_answers_gets_its_first_below_it_and_keeps_the_lines_above(string before)
    {
        Assert.Equal(before + Item, Appended(before));
    }

    [Fact]
    public void A_comment_on_the_answers_line_and_between_answers_stays_where_it_was()
    {
        const string before =
            "answers:   # since November\n  # the first week, on paper\n  - date: 2026-11-19   # the train\n    "
            + "story: beta\n# the end of the paper ones\n";
        Assert.Equal(before + Item, Appended(before));
    }

    [Fact]
    public void A_log_of_only_comments_keeps_them_and_starts_its_list_after_them()
    {
        const string before = "# My practice, kept since October.\n\n# Nothing yet.\n";
        Assert.Equal(before + "answers:\n" + Item, Appended(before));
    }

    [Fact]
    public void Dates_written_as_days_stay_days()
    {
        const string before =
            "answers:\n  - date: 2026-11-19\n    story: beta\n  - date: 2026-11-20\n    question: setback\n";
        var log = Appended(before);
        Assert.Contains("  - date: 2026-11-19\n", log);
        Assert.DoesNotContain("00:00", log);
    }

    [Theory]
    [InlineData("\"2026-11-19\"", "\"2026-11-21 19:04\"")]
    [InlineData("'2026-11-19 08:00'", "'2026-11-21 19:04'")]
    [InlineData("2026-11-19", "2026-11-21 19:04")]
    public void The_answer_writes_its_date_in_quotes_as_the_answers_before_it_do(string theirs, string ours)
    {
        var log = Appended($"answers:\n  - date: {theirs}\n    story: beta\n");
        Assert.Contains($"  - date: {ours}\n", log);
    }

    [Fact]
    public void A_log_that_does_not_end_with_a_line_end_gets_one_before_the_answer()
    {
        const string before = "answers:\n  - date: 2026-11-19\n    story: beta   # the last line, unended";
        Assert.Equal(before + "\n" + Item, Appended(before));
    }

    [Fact]
    public void A_log_with_windows_line_ends_gets_the_answer_with_the_same()
    {
        const string before = "answers:\r\n  - date: 2026-11-19\r\n    story: beta\r\n";
        Assert.Equal(before + Item.Replace("\n", "\r\n"), Appended(before));
    }

    [Fact]
    public void An_answer_added_to_the_sample_log_keeps_the_line_naming_its_schema_and_passes_the_schema()
    {
        var sample = File.ReadAllText(Path.Combine(RepoPaths.SampleContent, "practice", "log.yaml"));
        var log = Appended(sample);
        Assert.Equal(ContentSchemas.Named("practice-log").Modeline, log.Split('\n')[0]);
        Assert.Empty(SchemaCheck.Problems("practice-log", log));
    }

    [Fact]
    public void An_answer_another_program_added_meanwhile_stays_and_the_next_follows_it()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("log.yaml");
        File.WriteAllText(path, "answers:\n  - date: 2026-11-19\n    story: beta\n");
        Assert.True(PracticeLogWriter.Append(path, Answer).Added);
        File.AppendAllText(path, "  - date: 2026-11-21\n    story: beta   # by hand, during the session\n");
        var written = PracticeLogWriter.Append(path, Answer with { Clarity = 1 });
        Assert.Equal(4, written.Log!.Entries.Count);
        Assert.Contains("# by hand, during the session\n  - date: 2026-11-21 19:04\n", File.ReadAllText(path));
    }
}
