using PrepPack.Content.Readers;
using PrepPack.Content.Schema;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>
/// The editor schemas are made from the readers, so they accept what PrepPack accepts: the
/// committed copies are the ones made now, every field has a description, and every sample
/// content file passes them as the YAML extension of an editor would check it.
/// </summary>
public class SchemaTests
{
    public static TheoryData<string> SchemaNames => [.. ContentSchemas.All.Select(s => s.Name)];

    public static TheoryData<string> SampleFiles =>
        [
            .. Directory
                .EnumerateFiles(RepoPaths.SampleContent, "*.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(RepoPaths.SampleContent, f))
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void The_committed_schema_is_the_one_PrepPack_makes(string name)
    {
        var schema = ContentSchemas.Named(name);
        var committed = Path.Combine(RepoPaths.Root, ContentSchemas.Folder, schema.FileName);
        var made = JsonSchemaWriter.Write(schema);
        if (Environment.GetEnvironmentVariable("PREPPACK_UPDATE_GOLDEN") == "1")
            File.WriteAllText(committed, made);
        Assert.True(File.Exists(committed), $"{committed} is missing: run 'preppack schema' in the repository.");
        Assert.Equal(made, File.ReadAllText(committed));
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Every_field_the_reader_asks_for_has_a_description_and_every_description_a_field(string name)
    {
        var schema = ContentSchemas.Named(name);
        var fields = schema.Shape.All().Select(f => f.Path).ToList();
        Assert.Empty(fields.Except(schema.Descriptions.Keys));
        Assert.Empty(schema.Descriptions.Keys.Except(fields));
    }

    [Fact]
    public void The_story_schema_has_the_fields_kinds_and_limits_of_the_story_reader()
    {
        var shape = ContentSchemas.Named("story").Shape;
        var fields = shape.All().ToDictionary(f => f.Path);
        Assert.Equal(
            [
                "id",
                "title",
                "short_title",
                "flagship",
                "themes",
                "scores",
                "highlight",
                "reminder",
                "card",
                "star",
                "numbers",
                "follow_ups",
                "failure",
                "gsmt",
                "principles",
            ],
            shape.Fields.Select(f => f.Name)
        );
        Assert.Equal(
            (FieldKind.Integer, true, 1.0, 5.0),
            (
                fields["scores.impact"].Kind,
                fields["scores.impact"].Required,
                fields["scores.impact"].Min!.Value,
                fields["scores.impact"].Max!.Value
            )
        );
        Assert.Equal((FieldKind.Id, true), (fields["id"].Kind, fields["id"].Required));
        Assert.Equal((FieldKind.Items, false), (fields["numbers"].Kind, fields["numbers"].Required));
        Assert.True(fields["numbers[].value"].Required);
        Assert.Equal((FieldKind.Group, false), (fields["failure"].Kind, fields["failure"].Required));
        Assert.Equal(FieldKind.NamedLists, fields["principles"].Kind);
    }

    [Fact]
    public void The_framework_schema_takes_a_story_choice_as_an_id_or_as_story_and_weak()
    {
        var fields = ContentSchemas.Named("framework").Shape.All().ToDictionary(f => f.Path);
        Assert.Equal(FieldKind.LineOrGroup, fields["principles[].backup"].Kind);
        Assert.Equal(
            (FieldKind.StoryId, true),
            (fields["principles[].backup.story"].Kind, fields["principles[].backup.story"].Required)
        );
        Assert.Equal(FieldKind.LinesOrItems, fields["principles[].questions"].Kind);
        Assert.Equal(["failure"], fields["principles[].needs"].Allowed);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_content_file_passes_its_schema(string file)
    {
        var path = Path.Combine(RepoPaths.SampleContent, file);
        Assert.Empty(SchemaCheck.Problems(SchemaCheck.For(path), File.ReadAllText(path)));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_content_file_names_its_schema_on_its_first_line(string file)
    {
        var path = Path.Combine(RepoPaths.SampleContent, file);
        Assert.Equal(ContentSchemas.Named(SchemaCheck.For(path)).Modeline, File.ReadLines(path).First());
        // The line names a schema that is there, from where the file is.
        var target = File.ReadLines(path).First().Split("$schema=")[1];
        Assert.True(
            File.Exists(Path.Combine(Path.GetDirectoryName(path)!, target)),
            $"{target} does not exist beside {file}"
        );
    }

    [Theory]
    [InlineData("  impact: 5", "  impcat: 5", "#/scores.impcat: NoAdditionalPropertiesAllowed")]
    [InlineData("  scope: 4", "  scope: 7", "#/scores.scope: NumberTooBig")]
    [InlineData("title: Quoting funnel dashboard\n", "", "#/title: PropertyRequired")]
    [InlineData("flagship: true", "flagship: maybe", "#/flagship: NotInEnumeration")]
    public void A_story_the_reader_refuses_fails_the_schema_too(string find, string replace, string expected)
    {
        var story = File.ReadAllText(Path.Combine(RepoPaths.SampleBank, "stories", "quote-funnel.yaml"));
        Assert.Contains(find, story);
        Assert.Contains(expected, SchemaCheck.Problems("story", story.Replace(find, replace)));
    }

    [Theory]
    [InlineData("angle:\n  lead_with:", "angle:\n  lead:", "#/angle.lead_with: PropertyRequired")]
    [InlineData("primary: commission-bug", "primary: [commission-bug]", "#/primary: NotAnyOf")]
    [InlineData("probes:", "probe:", "#/probe: NoAdditionalPropertiesAllowed")]
    public void A_question_the_reader_refuses_fails_the_schema_too(string find, string replace, string expected)
    {
        var question = File.ReadAllText(Path.Combine(RepoPaths.SampleBank, "questions", "time-you-were-wrong.yaml"));
        Assert.Contains(find, question);
        Assert.Contains(expected, SchemaCheck.Problems("question", question.Replace(find, replace)));
    }

    [Theory]
    [InlineData("2026-11-19 20:30", "time: 105", true)]
    [InlineData("2026-11-19", "time: \"1:45\"", true)]
    [InlineData("2026-11-19 20:30", "time: \"1:75\"", false)]
    [InlineData("2026-11-19 20:30", "time: 4000", false)]
    [InlineData("2026-11-19 20:30", "clarity: 7", false)]
    [InlineData("19 November", "clarity: 3", false)]
    public void A_practised_answer_passes_the_schema_exactly_when_the_reader_takes_it(
        string date,
        string line,
        bool taken
    )
    {
        var log = $"answers:\n  - date: {date}\n    story: census-ingest\n    {line}\n";
        var diagnostics = new DiagnosticBag();
        PracticeLogReader.Parse("log.yaml", log, diagnostics);
        Assert.Equal(taken, !diagnostics.HasErrors);
        Assert.Equal(taken, SchemaCheck.Problems("practice-log", log).Count == 0);
    }

    [Fact]
    public void An_empty_optional_field_and_a_figure_written_as_a_number_pass_as_the_reader_takes_them()
    {
        var story = File.ReadAllText(Path.Combine(RepoPaths.SampleBank, "stories", "quote-funnel.yaml"))
            .Replace("value: \"120\"", "value: 120")
            .Replace("flagship: true", "flagship: yes\nreminder:");
        Assert.Contains("reminder:\n", story);
        Assert.Empty(SchemaCheck.Problems("story", story));
    }
}
