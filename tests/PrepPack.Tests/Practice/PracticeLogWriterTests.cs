using PrepPack.Content.Model;
using PrepPack.Content.Readers;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.Practice;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Practice;

/// <summary>How an answer is added to a practice log the user may have written or edited by hand.</summary>
public class PracticeLogWriterTests
{
    private static readonly PracticeEntry Answer = new()
    {
        Date = new DateTime(2026, 11, 21, 19, 4, 0),
        Question = new SourceRef("setback", default),
        Story = new SourceRef("alpha", default),
        Seconds = 95,
        Clarity = 4,
        Metrics = 3,
        Reflection = 5,
    };

    private static string Appended(string before)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("practice", "log.yaml");
        if (before.Length > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, before);
        }
        PracticeLogWriter.Append(path, Answer);
        var after = File.ReadAllText(path);
        var diagnostics = new DiagnosticBag();
        var log = PracticeLogReader.Parse(path, after, diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(Answer with { Question = log.Entries[^1].Question, Story = log.Entries[^1].Story, At = log.Entries[^1].At }, log.Entries[^1]);
        return after;
    }

    [Fact]
    public void The_first_answer_makes_the_log_naming_its_schema_with_a_line_on_what_it_is()
    {
        var log = Appended("");
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/practice-log.schema.json\n# Your practice", log);
        Assert.EndsWith("answers:\n  - date: 2026-11-21 19:04\n    question: setback\n    story: alpha\n    time: \"1:35\"\n    clarity: 4\n    metrics: 3\n    reflection: 5\n", log);
    }

    [Fact]
    public void An_answer_follows_the_last_at_the_indentation_of_those_already_there()
    {
        var log = Appended("answers:\n    - date: 2026-11-20\n      story: beta\n");
        Assert.Equal("answers:\n    - date: 2026-11-20\n      story: beta\n    - date: 2026-11-21 19:04\n      question: setback\n      story: alpha\n      time: \"1:35\"\n      clarity: 4\n      metrics: 3\n      reflection: 5\n", log);
    }

    [Theory]
    [InlineData("# mine\nanswers: []\n")]
    [InlineData("# mine\nanswers:\n")]
    public void An_empty_list_of_answers_gets_its_first_and_keeps_the_comments_above(string before)
    {
        var log = Appended(before);
        Assert.StartsWith("# mine\nanswers:\n  - date: 2026-11-21 19:04\n", log);
    }

    [Fact]
    public void An_answer_added_to_the_sample_log_keeps_the_line_naming_its_schema_and_passes_the_schema()
    {
        var sample = File.ReadAllText(Path.Combine(RepoPaths.SampleContent, "practice", "log.yaml"));
        var log = Appended(sample);
        Assert.StartsWith(sample, log);
        Assert.Equal(ContentSchemas.Named("practice-log").Modeline, log.Split('\n')[0]);
        Assert.Empty(SchemaCheck.Problems("practice-log", log));
    }

    [Fact]
    public void A_log_whose_answers_are_written_in_brackets_is_written_anew_with_every_answer_kept()
    {
        var log = Appended("answers: [{date: 2026-11-20, story: beta}]\n");
        Assert.Contains("  - date: 2026-11-20 00:00\n    story: beta\n  - date: 2026-11-21 19:04\n", log);
    }
}
