using PrepPack.Cli;
using PrepPack.Diagnostics;
using PrepPack.IO;
using PrepPack.Pipeline;
using PrepPack.Templates;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Templates;

/// <summary>Which templates a build uses: --templates, else 'templates' beside the content or in the current folder,
/// else the built-in set.</summary>
public class TemplateLookupTests
{
    [Fact]
    public void A_folder_named_with_templates_is_used_even_when_another_is_beside_the_content()
    {
        using var ws = new TempFolder();
        Directory.CreateDirectory(ws.Combine("templates"));
        var choice = TemplateLookup.Find("elsewhere", ws.Combine("content"), ws.Path);
        Assert.Equal(new TemplateChoice("elsewhere", TemplateSource.Given), choice);
    }

    [Fact]
    public void The_templates_beside_the_content_folder_come_before_those_of_the_current_folder()
    {
        using var ws = new TempFolder();
        Directory.CreateDirectory(ws.Combine("bank", "templates"));
        Directory.CreateDirectory(ws.Combine("here", "templates"));
        var choice = TemplateLookup.Find(
            null,
            ws.Combine("bank", "content") + Path.DirectorySeparatorChar,
            ws.Combine("here")
        );
        Assert.Equal(TemplateSource.BesideContent, choice.Source);
        Assert.Equal(ws.Combine("bank", "templates"), choice.Folder);
    }

    [Fact]
    public void The_templates_of_the_current_folder_are_used_when_the_content_has_none_beside_it()
    {
        using var ws = new TempFolder();
        Directory.CreateDirectory(ws.Combine("here", "templates"));
        var choice = TemplateLookup.Find(null, ws.Combine("bank", "content"), ws.Combine("here"));
        Assert.Equal((TemplateSource.CurrentFolder, ws.Combine("here", "templates")), (choice.Source, choice.Folder));
    }

    [Fact]
    public void With_no_templates_folder_anywhere_the_built_in_set_is_used()
    {
        using var ws = new TempFolder();
        var choice = TemplateLookup.Find(null, ws.Combine("content"), ws.Path);
        Assert.Equal(new TemplateChoice(BuiltInTemplates.Folder, TemplateSource.BuiltIn), choice);
        Assert.StartsWith("PrepPack's built-in templates", choice.Describe());
    }

    [Fact]
    public void A_build_with_the_built_in_templates_is_up_to_date_the_second_time_and_records_them_by_content()
    {
        using var ws = new PackWorkspace();
        var options = new BuildOptions(ws.Content, BuiltInTemplates.Folder, ws.Output);
        Assert.All(PackBuilder.Build(options).Outputs, o => Assert.Equal(OutputStatus.Written, o.Status));
        var again = PackBuilder.Build(options);
        Assert.All(again.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
        var manifest = File.ReadAllText(Path.Combine(ws.Output, ".preppack", "manifest.json"));
        Assert.Contains(Path.Combine(BuiltInTemplates.Folder, "cards.sbn"), manifest);
        Assert.Contains(FileHashes.Of(File.ReadAllBytes(Path.Combine(BuiltInTemplates.Folder, "cards.sbn"))), manifest);
    }

    [Fact]
    public void After_the_built_in_templates_are_copied_out_the_build_uses_the_copy_and_follows_its_edits()
    {
        using var ws = new PackWorkspace();
        PackBuilder.Build(new BuildOptions(ws.Content, BuiltInTemplates.Folder, ws.Output));
        var copy = Path.Combine(Path.GetDirectoryName(ws.Content)!, "own-templates");
        Assert.Equal(ExitCodes.Success, Support.Cli.Run("templates", "--out", copy).Exit);

        var options = new BuildOptions(ws.Content, copy, ws.Output);
        var switched = PackBuilder.Build(options);
        Assert.All(switched.Outputs.Where(o => o.Name.EndsWith(".pdf")), o =>
            Assert.StartsWith("it is now made from ", o.Reason)
        );
        File.AppendAllText(Path.Combine(copy, "tmay.sbn"), "\nEdited by hand.\n");
        var edited = PackBuilder.Build(options);
        Assert.Equal(["tmay.pdf"], edited.Outputs.Where(o => o.Status == OutputStatus.Written).Select(o => o.Name));
    }

    [Fact]
    public void A_rebuild_reason_names_a_built_in_template_without_the_folder_PrepPack_is_installed_in()
    {
        Assert.Equal(
            "built-in cards.sbn",
            BuiltInTemplates.Display(Path.Combine(BuiltInTemplates.Folder, "cards.sbn"))
        );
        Assert.Equal("built-in templates", BuiltInTemplates.Display(BuiltInTemplates.Folder));
        Assert.Null(BuiltInTemplates.Display(Path.Combine(RepoPaths.Templates, "cards.sbn")));
    }

    [Fact]
    public void A_copied_out_theme_naming_a_framework_the_bank_lacks_still_warns_at_its_line()
    {
        using var ws = new TempFolder();
        Support.Cli.Run("init", ws.Path, "--framework", "meta");
        Support.Cli.Run("templates", "--out", ws.Combine("templates"));
        var report = PackBuilder.Build(
            new BuildOptions(ws.Combine("content"), ws.Combine("templates"), ws.Combine("output"))
        );
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownInterviewFramework);
        Assert.Equal(ws.Combine("templates", "theme.yaml"), warning.File);
    }
}
