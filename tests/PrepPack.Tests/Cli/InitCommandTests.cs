using PrepPack.Cli;
using PrepPack.Content;
using PrepPack.Content.Schema;
using PrepPack.Pipeline;
using PrepPack.Templates;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Cli;

/// <summary><c>preppack init</c>: a new story bank that checks clean and builds the whole pack with PrepPack's own
/// templates.</summary>
public class InitCommandTests
{
    private static readonly string[] Outputs =
    [
        "binder.pdf",
        "cards.pdf",
        "cheatsheet.pdf",
        "matrix.pdf",
        "prompts.pdf",
        "tmay.pdf",
        "tracker.pdf",
    ];

    [Fact]
    public void Init_writes_a_profile_two_stories_a_framework_and_the_schemas_and_lists_them()
    {
        using var folder = new TempFolder();
        var (exit, output, _) = Support.Cli.Run("init", folder.Path);
        Assert.Equal(ExitCodes.Success, exit);
        string[] expected =
        [
            "content/profile.yaml",
            "content/stories/quote-funnel.yaml",
            "content/stories/commission-bug.yaml",
            "content/frameworks/amazon.yaml",
            "content/questions/time-you-were-wrong.yaml",
            "schemas/profile.schema.json",
            "schemas/story.schema.json",
            "schemas/framework.schema.json",
            "schemas/question.schema.json",
            "schemas/practice-log.schema.json",
        ];
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            Directory
                .EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder.Path, f))
                .Order(StringComparer.Ordinal)
        );
        foreach (var file in expected)
            Assert.Contains(folder.Combine(file), output);
        Assert.Contains("preppack build", output);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    [InlineData("none")]
    public void A_new_bank_checks_without_a_single_problem(string framework)
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("init", folder.Path, "--framework", framework).Exit);
        var load = StoryBankLoader.Load(folder.Combine("content"));
        Assert.Empty(load.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(framework == "none" ? [] : [framework], load.Bank!.Frameworks.Select(f => f.Id));
        Assert.Single(load.Bank.Stories, s => s.IsFailure);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    [InlineData("none")]
    public void A_new_bank_builds_the_whole_pack_with_the_built_in_templates_and_no_warnings(string framework)
    {
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path, "--framework", framework);
        var report = PackBuilder.Build(
            new BuildOptions(folder.Combine("content"), BuiltInTemplates.Folder, folder.Combine("output"))
        );
        Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
        string[] word = framework == "none" ? [] : [$"star-{framework}.docx", $"answers-{framework}.docx"];
        Assert.Equal(
            Outputs.Concat(word).Order(StringComparer.Ordinal),
            report.Outputs.Select(o => o.Name).Order(StringComparer.Ordinal)
        );
        using var cheatsheet = PdfInspection.Open(File.ReadAllBytes(folder.Combine("output", "cheatsheet.pdf")));
        var text = string.Join("\n", cheatsheet.GetPages().Select(PdfText.Of));
        // The built-in theme names the sample's framework (amazon); a bank without it gets its own framework, or none.
        if (framework == "meta")
            Assert.Contains("Craft excellence", text);
        if (framework == "none")
            Assert.DoesNotContain("Customer Obsession", text);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    [InlineData("none")]
    public void A_new_bank_has_a_question_in_its_own_words_that_check_accepts_and_the_answers_document_prints(
        string framework
    )
    {
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path, "--framework", framework);
        var load = StoryBankLoader.Load(folder.Combine("content"));
        var question = Assert.Single(load.Bank!.Questions);
        Assert.Equal("time-you-were-wrong", question.Id);
        Assert.Equal("commission-bug", question.Primary.Story.Id);
        Assert.Equal(framework == "none" ? [] : [framework], question.Principles.Select(p => p.Framework.Id));
        Assert.Empty(load.Diagnostics.Select(d => d.ToString()));
        if (framework == "none")
            return;
        PackBuilder.Build(
            new BuildOptions(folder.Combine("content"), BuiltInTemplates.Folder, folder.Combine("output"))
        );
        using var answers = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            folder.Combine("output", $"answers-{framework}.docx"),
            false
        );
        Assert.Contains("Tell me about a time you were wrong.", answers.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public void The_readme_lists_every_file_init_writes()
    {
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path);
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = readme[readme.IndexOf("`init` writes a story bank", StringComparison.Ordinal)..];
        block = block[
            ..block.IndexOf("```", block.IndexOf("```", StringComparison.Ordinal) + 3, StringComparison.Ordinal)
        ];
        foreach (var file in Directory.EnumerateFiles(folder.Combine("content"), "*", SearchOption.AllDirectories))
            Assert.Contains(Path.GetRelativePath(folder.Combine("content"), file).Replace('\\', '/'), block);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("none")]
    public void Every_file_of_a_new_bank_passes_its_schema_and_names_it_on_its_first_line(string framework)
    {
        using var folder = new TempFolder();
        Support.Cli.Run("init", folder.Path, "--framework", framework);
        foreach (var file in Directory.EnumerateFiles(folder.Combine("content"), "*.yaml", SearchOption.AllDirectories))
        {
            var schema = SchemaCheck.For(file);
            Assert.Equal(ContentSchemas.Named(schema).Modeline, File.ReadLines(file).First());
            Assert.True(
                File.Exists(
                    Path.Combine(Path.GetDirectoryName(file)!, File.ReadLines(file).First().Split("$schema=")[1])
                )
            );
            Assert.Empty(SchemaCheck.Problems(schema, File.ReadAllText(file)));
        }
    }

    [Fact]
    public void Init_refuses_to_write_over_a_file_names_it_and_writes_nothing()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        File.WriteAllText(folder.Combine("content", "profile.yaml"), "name: Mine\n");
        var (exit, output, _) = Support.Cli.Run("init", folder.Path);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{folder.Combine("content", "profile.yaml")}: error PP0006: This file is there already",
            output
        );
        Assert.Equal("name: Mine\n", File.ReadAllText(folder.Combine("content", "profile.yaml")));
        Assert.Equal(
            ["profile.yaml"],
            Directory.EnumerateFileSystemEntries(folder.Combine("content")).Select(Path.GetFileName)
        );
        Assert.False(Directory.Exists(folder.Combine("schemas")));
    }

    [Fact]
    public void Init_makes_the_folder_it_is_given()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("init", folder.Combine("my-stories", "2026")).Exit);
        Assert.True(File.Exists(folder.Combine("my-stories", "2026", "content", "profile.yaml")));
    }

    [Fact]
    public void An_unknown_framework_is_a_usage_error_naming_the_choices()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = Support.Cli.Run("init", folder.Path, "--framework", "google");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("amazon", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void A_file_where_init_makes_a_folder_fails_with_exit_1_writes_no_file_and_never_says_it_started()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("content"));
        File.WriteAllText(folder.Combine("content", "stories"), "my notes\n");
        var (exit, output, _) = Support.Cli.Run("init", folder.Path);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{folder.Combine("content", "stories")}: error PP0011: This is a file where PrepPack needs to make a "
                + "folder",
            output
        );
        Assert.DoesNotContain("Started a story bank", output);
        Assert.Equal(
            ["content/stories"],
            Directory
                .EnumerateFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories)
                .Where(File.Exists)
                .Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/'))
        );
        Assert.Equal("my notes\n", File.ReadAllText(folder.Combine("content", "stories")));
    }

    [Fact]
    public void Init_inside_a_file_names_the_file_and_how_to_name_a_folder_instead()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("notes.txt"), "x");
        var (exit, output, _) = Support.Cli.Run("init", folder.Combine("notes.txt", "bank"));
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{folder.Combine("notes.txt")}: error PP0011: {folder.Combine("notes.txt")} is a file, not a folder",
            output
        );
        Assert.Contains("'preppack init DIR'", output);
        Assert.DoesNotContain("Could not find a part of the path", output);
    }

    [Fact]
    public void Init_never_writes_through_a_link_that_leads_out_of_its_folder_and_names_where_it_leads()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        Directory.CreateDirectory(folder.Combine("bank"));
        Directory.CreateSymbolicLink(folder.Combine("bank", "schemas"), elsewhere.Path);
        var (exit, output, _) = Support.Cli.Run("init", folder.Combine("bank"));
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains(
            $"{folder.Combine("bank", "schemas")}: error PP0010: This folder is a link to {elsewhere.Path}, outside "
                + $"the folder {folder.Combine("bank")}",
            output
        );
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
        Assert.False(Directory.Exists(folder.Combine("bank", "content")));
    }

    [Fact]
    public void A_link_inside_the_folder_to_another_folder_inside_it_is_written_through()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("shared-schemas"));
        Directory.CreateSymbolicLink(folder.Combine("schemas"), folder.Combine("shared-schemas"));
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("init", folder.Path).Exit);
        Assert.True(File.Exists(folder.Combine("shared-schemas", "story.schema.json")));
    }
}
