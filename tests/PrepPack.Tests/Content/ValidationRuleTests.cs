using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Content;

/// <summary>One test per rule: each fixture under Fixtures/Rules breaks the minimal bank in one way.</summary>
public class ValidationRuleTests
{
    private static Diagnostic Single(ContentFixture fixture, string code)
    {
        var result = fixture.Load();
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void The_minimal_bank_is_valid()
    {
        using var fixture = ContentFixture.Valid();
        var result = fixture.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_where_the_parser_stopped()
    {
        using var fixture = ContentFixture.WithRule("yaml-syntax");
        var d = Single(fixture, DiagnosticCodes.YamlSyntax);
        Assert.Equal("stories/alpha.yaml", fixture.Relative(d));
        Assert.Equal((2, 8), (d.Line, d.Column));
        Assert.StartsWith("This is not valid YAML:", d.Message);
        Assert.Contains("quote", d.Hint);
    }

    [Fact]
    public void An_unknown_field_is_reported_at_its_key_with_the_closest_known_name()
    {
        using var fixture = ContentFixture.WithRule("unknown-field");
        var d = Single(fixture, DiagnosticCodes.UnknownField);
        Assert.Equal("stories/alpha.yaml", fixture.Relative(d));
        Assert.Equal((6, 3), (d.Line, d.Column));
        Assert.Equal("'impcat' is not a field of scores.", d.Message);
        Assert.Equal("Did you mean 'impact'?", d.Hint);
    }

    [Fact]
    public void A_misspelt_required_field_is_reported_once_not_also_as_missing()
    {
        using var fixture = ContentFixture.WithRule("unknown-field");
        Assert.DoesNotContain(fixture.Load().Diagnostics, d => d.Code == DiagnosticCodes.RequiredFieldMissing);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_group_that_should_hold_it()
    {
        using var fixture = ContentFixture.WithRule("missing-field");
        var d = Single(fixture, DiagnosticCodes.RequiredFieldMissing);
        Assert.Equal((11, 3), (d.Line, d.Column));
        Assert.Equal("'lesson' is missing from card.", d.Message);
        Assert.Equal("Add a line 'lesson: …' to card.", d.Hint);
    }

    [Fact]
    public void A_score_written_as_a_word_is_reported_as_the_wrong_type()
    {
        using var fixture = ContentFixture.WithRule("wrong-type");
        var d = Single(fixture, DiagnosticCodes.WrongType);
        Assert.Equal((7, 10), (d.Line, d.Column));
        Assert.Equal("'scope' in scores should be a whole number from 1 to 5, not 'high'.", d.Message);
    }

    [Fact]
    public void A_score_outside_one_to_five_is_reported_at_the_value()
    {
        using var fixture = ContentFixture.WithRule("score-range");
        var d = Single(fixture, DiagnosticCodes.ScoreOutOfRange);
        Assert.Equal((8, 17), (d.Line, d.Column));
        Assert.Equal("'contribution' in scores is 0, but it must be from 1 to 5.", d.Message);
    }

    [Fact]
    public void Two_stories_with_the_same_id_are_reported_at_the_second()
    {
        using var fixture = ContentFixture.WithRule("duplicate-id");
        var d = Single(fixture, DiagnosticCodes.DuplicateStoryId);
        Assert.Equal("stories/beta.yaml", fixture.Relative(d));
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.StartsWith("The story id 'alpha' is already used by ", d.Message);
        Assert.EndsWith("alpha.yaml.", d.Message);
    }

    [Fact]
    public void A_story_id_that_differs_from_its_file_name_is_reported_with_both_names()
    {
        using var fixture = ContentFixture.WithRule("id-mismatch");
        var d = Single(fixture, DiagnosticCodes.IdDiffersFromFileName);
        Assert.Equal((1, 1), (d.Line, d.Column));
        Assert.Equal("The story id 'alfa' differs from its file name 'alpha.yaml'.", d.Message);
        Assert.Equal("Rename the file to 'alfa.yaml' or change the id to 'alpha'.", d.Hint);
    }

    [Fact]
    public void A_highlight_that_names_a_missing_story_is_reported_at_the_name()
    {
        using var fixture = ContentFixture.WithRule("missing-highlight-story");
        var d = Single(fixture, DiagnosticCodes.UnknownStory);
        Assert.Equal("profile.yaml", fixture.Relative(d));
        Assert.Equal((10, 14), (d.Line, d.Column));
        Assert.Equal("The highlight names the story 'gamma', but there is no such story.", d.Message);
    }

    [Fact]
    public void A_framework_primary_story_that_does_not_exist_is_reported()
    {
        using var fixture = ContentFixture.WithRule("missing-primary-story");
        var d = Single(fixture, DiagnosticCodes.UnknownStory);
        Assert.Equal("frameworks/acme.yaml", fixture.Relative(d));
        Assert.Equal((9, 14), (d.Line, d.Column));
        Assert.Equal("The primary story of 'grit' names the story 'omega', but there is no such story.", d.Message);
    }

    [Fact]
    public void A_story_naming_an_unknown_framework_is_reported_with_the_known_ones()
    {
        using var fixture = ContentFixture.WithRule("unknown-framework");
        var d = Single(fixture, DiagnosticCodes.UnknownFramework);
        Assert.Equal((29, 3), (d.Line, d.Column));
        Assert.Equal("There is no framework 'globex'.", d.Message);
        Assert.Equal("Known ids are: acme.", d.Hint);
    }

    [Fact]
    public void A_story_naming_an_unknown_principle_gets_the_closest_principle_suggested()
    {
        using var fixture = ContentFixture.WithRule("unknown-principle");
        var d = Single(fixture, DiagnosticCodes.UnknownPrinciple);
        Assert.Equal((31, 16), (d.Line, d.Column));
        Assert.Equal("The framework 'acme' has no principle 'crafts'.", d.Message);
        Assert.Equal("Did you mean 'craft'?", d.Hint);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_not_just_the_first()
    {
        using var fixture = ContentFixture.WithRule("several-problems");
        var result = fixture.Load();
        Assert.Equal(
            [
                (6, 3, DiagnosticCodes.UnknownField),
                (7, 10, DiagnosticCodes.ScoreOutOfRange),
                (31, 23, DiagnosticCodes.UnknownPrinciple),
            ],
            result.Diagnostics.Select(d => (d.Line, d.Column, d.Code))
        );
    }

    [Fact]
    public void A_long_card_bullet_is_a_warning_and_the_bank_still_loads()
    {
        using var fixture = ContentFixture.WithRule("long-bullet");
        var result = fixture.Load();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(DiagnosticCodes.CardBulletLong, d.Code);
        Assert.Equal((11, 3), (d.Line, d.Column));
    }

    [Fact]
    public void A_missing_content_folder_is_one_error_naming_the_folder()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("nowhere");
        var d = Assert.Single(PrepPack.Content.StoryBankLoader.Load(missing).Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentFolderMissing, d.Code);
        Assert.Equal(missing, d.File);
        Assert.Equal(
            $"{missing}: error PP0001: The content folder does not exist. Run PrepPack from the folder that holds "
                + "'content/', or name the folder with --content; to start a new story bank here, run 'preppack init'.",
            d.ToString()
        );
    }

    [Fact]
    public void An_empty_content_folder_is_reported_as_empty()
    {
        using var folder = new TempFolder();
        var d = Assert.Single(PrepPack.Content.StoryBankLoader.Load(folder.Path).Diagnostics);
        Assert.Equal(DiagnosticCodes.ContentFolderEmpty, d.Code);
    }

    [Fact]
    public void A_diagnostic_prints_as_file_line_column_severity_code_message_and_hint()
    {
        var d = Diagnostic.Error(
            new SourceLocation("content/stories/salesmart.yaml", 12, 5),
            DiagnosticCodes.UnknownField,
            "'impcat' is not a field of scores.",
            "Did you mean 'impact'?"
        );
        Assert.Equal(
            "content/stories/salesmart.yaml(12,5): error PP0103: 'impcat' is not a field of scores. Did you mean "
                + "'impact'?",
            d.ToString()
        );
    }
}
