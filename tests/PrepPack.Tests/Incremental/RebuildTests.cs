using System.Text.Json.Nodes;
using PrepPack.Diagnostics;
using PrepPack.Incremental;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Incremental;

public class RebuildTests
{
    /// <summary>A workspace with a third story, gamma, that the "tell me about yourself" script does not
    /// mention.</summary>
    private static PackWorkspace WithGamma()
    {
        var ws = new PackWorkspace();
        File.WriteAllText(
            Path.Combine(ws.Content, "stories", "gamma.yaml"),
            File.ReadAllText(Path.Combine(ws.Content, "stories", "beta.yaml"))
                .Replace("id: beta", "id: gamma")
                .Replace("title: Beta failure", "title: Gamma story")
        );
        return ws;
    }

    private static Dictionary<string, DateTime> Stamps(string folder) =>
        Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.GetLastWriteTimeUtc);

    private static OutputStatus StatusOf(BuildReport report, string name) =>
        report.Outputs.Single(o => o.Name == name).Status;

    [Fact]
    public void A_build_with_nothing_changed_writes_nothing()
    {
        using var ws = WithGamma();
        Assert.True(ws.Build().Succeeded);
        var before = Stamps(ws.Output);
        Thread.Sleep(20);
        var report = ws.Build();
        Assert.All(report.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
        Assert.Equal(before, Stamps(ws.Output));
    }

    [Fact]
    public void Editing_one_story_rebuilds_the_outputs_that_read_it_and_cards_changed_holds_its_card_alone()
    {
        using var ws = WithGamma();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t =>
            t.Replace("lesson: Own it.", "lesson: Own it, early.")
        );
        var report = ws.Build();

        Assert.Equal(OutputStatus.UpToDate, StatusOf(report, "tmay.pdf"));
        Assert.Equal(OutputStatus.Written, StatusOf(report, "cards.pdf"));
        Assert.Contains("gamma.yaml changed", report.Outputs.Single(o => o.Name == "cards.pdf").Reason);
        using var changed = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards-changed.pdf")));
        Assert.Equal(1, changed.NumberOfPages);
        Assert.Contains("Gamma story", changed.GetPage(1).Text);
        using var cards = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards.pdf")));
        Assert.Equal(
            (cards.GetPage(1).Width, cards.GetPage(1).Height),
            (changed.GetPage(1).Width, changed.GetPage(1).Height)
        );
    }

    [Fact]
    public void Editing_a_card_lesson_rebuilds_what_prints_the_card_and_nothing_else()
    {
        using var ws = WithGamma();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t =>
            t.Replace("lesson: Own it.", "lesson: Own it, early.")
        );
        var report = ws.Build();
        Assert.Equal(OutputStatus.Written, StatusOf(report, "cards.pdf"));
        Assert.Equal(OutputStatus.Written, StatusOf(report, "binder.pdf"));
        Assert.Equal(
            "gamma.yaml changed (card)",
            Path.GetFileName(report.Outputs.Single(o => o.Name == "binder.pdf").Reason!)
        );
        foreach (var name in new[] { "matrix.pdf", "star-acme.docx", "tmay.pdf" })
            Assert.Equal(OutputStatus.UpToDate, StatusOf(report, name));
    }

    [Fact]
    public void Changing_a_score_that_reorders_the_stories_rebuilds_the_matrix()
    {
        using var ws = WithGamma();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t => t.Replace("  impact: 2", "  impact: 5"));
        var report = ws.Build();
        Assert.Equal(OutputStatus.Written, StatusOf(report, "matrix.pdf"));
        Assert.NotNull(report.Outputs.Single(o => o.Name == "matrix.pdf").Reason);
    }

    [Fact]
    public void Cards_changed_is_absent_on_the_first_build_and_stays_through_a_build_where_no_story_changed()
    {
        using var ws = WithGamma();
        ws.Build();
        Assert.False(File.Exists(ws.OutputFile("cards-changed.pdf")));
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t =>
            t.Replace("lesson: Own it.", "lesson: Own it, early.")
        );
        ws.Build();
        Assert.True(File.Exists(ws.OutputFile("cards-changed.pdf")));
        ws.Build();
        Assert.True(File.Exists(ws.OutputFile("cards-changed.pdf")));
    }

    [Fact]
    public void Editing_the_profile_leaves_the_cards_untouched()
    {
        using var ws = WithGamma();
        ws.Build();
        var stamp = File.GetLastWriteTimeUtc(ws.OutputFile("cards.pdf"));
        ws.Edit(Path.Combine(ws.Content, "profile.yaml"), t =>
            t.Replace("target_role: Data Engineer", "target_role: Senior Data Engineer")
        );
        var report = ws.Build();
        Assert.Equal(OutputStatus.UpToDate, StatusOf(report, "cards.pdf"));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(ws.OutputFile("cards.pdf")));
        Assert.Equal(OutputStatus.Written, StatusOf(report, "tmay.pdf"));
        Assert.Contains("profile.yaml changed", report.Outputs.Single(o => o.Name == "tmay.pdf").Reason);
    }

    [Fact]
    public void Moving_a_story_to_another_principle_rebuilds_that_frameworks_one_pagers()
    {
        using var ws = WithGamma();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "stories", "gamma.yaml"), t => t.Replace("acme: [grit]", "acme: [craft]"));
        var report = ws.Build();
        Assert.Equal(OutputStatus.Written, StatusOf(report, "star-acme.docx"));
    }

    [Fact]
    public void Deleting_a_template_deletes_its_output()
    {
        using var ws = WithGamma();
        ws.Build();
        File.Delete(Path.Combine(ws.Templates, "matrix.sbn"));
        var report = ws.Build();
        Assert.Equal(OutputStatus.Removed, StatusOf(report, "matrix.pdf"));
        Assert.False(File.Exists(ws.OutputFile("matrix.pdf")));
        Assert.True(File.Exists(ws.OutputFile("cards.pdf")));
    }

    [Fact]
    public void A_corrupt_manifest_is_set_aside_with_a_warning_and_everything_is_rebuilt()
    {
        using var ws = WithGamma();
        ws.Build();
        File.WriteAllText(ManifestStore.PathIn(ws.Output), "{ not json");
        var report = ws.Build();
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.ManifestIgnored), (warning.Severity, warning.Code));
        Assert.All(report.Outputs.Where(o => o.Status != OutputStatus.Removed), o =>
            Assert.NotEqual(OutputStatus.UpToDate, o.Status)
        );
        Assert.All(report.Outputs.Where(o => o.Status != OutputStatus.Removed), o =>
            Assert.Equal("it is new", o.Reason)
        );
    }

    [Fact]
    public void An_input_the_manifest_names_in_a_way_preppack_cannot_read_rebuilds_that_output_alone()
    {
        using var ws = WithGamma();
        ws.Build();
        var path = ManifestStore.PathIn(ws.Output);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["stamp"] = "";
        var inputs = manifest["outputs"]!["matrix"]!["inputs"]!.AsObject();
        var first = inputs.First().Key;
        inputs["nonsense#" + first] = inputs[first]!.GetValue<string>();
        inputs.Remove(first);
        File.WriteAllText(path, manifest.ToJsonString());

        var report = ws.Build();
        Assert.Empty(report.Diagnostics);
        Assert.Equal(OutputStatus.Unchanged, StatusOf(report, "matrix.pdf"));
        Assert.Contains("does not know", report.Outputs.Single(o => o.Name == "matrix.pdf").Reason);
        Assert.All(report.Outputs.Where(o => o.Name != "matrix.pdf"), o =>
            Assert.Equal(OutputStatus.UpToDate, o.Status)
        );
        Assert.All(ws.Build().Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    [Fact]
    public void A_damaged_list_of_what_an_output_was_made_from_rebuilds_that_output_alone()
    {
        using var ws = WithGamma();
        ws.Build();
        var path = ManifestStore.PathIn(ws.Output);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["stamp"] = "";
        manifest["outputs"]!["matrix"]!["inputs"] = JsonValue.Create("scribbled over");
        File.WriteAllText(path, manifest.ToJsonString());

        var report = ws.Build();
        Assert.Empty(report.Diagnostics);
        Assert.Contains("does not know", report.Outputs.Single(o => o.Name == "matrix.pdf").Reason);
        Assert.All(report.Outputs.Where(o => o.Name != "matrix.pdf"), o =>
            Assert.Equal(OutputStatus.UpToDate, o.Status)
        );
        Assert.All(ws.Build().Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    [Fact]
    public void A_changed_source_date_epoch_rebuilds_every_output()
    {
        using var ws = WithGamma();
        PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output) { SourceDate = null });
        var dated = new BuildOptions(ws.Content, ws.Templates, ws.Output)
        {
            SourceDate = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };
        var report = PackBuilder.Build(dated);
        Assert.NotEmpty(report.Outputs);
        Assert.All(report.Outputs, o =>
            Assert.Equal((OutputStatus.Written, "SOURCE_DATE_EPOCH changed"), (o.Status, o.Reason))
        );
        Assert.All(PackBuilder.Build(dated).Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    [Fact]
    public void Force_makes_every_output_again()
    {
        using var ws = WithGamma();
        ws.Build();
        var report = PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output, Force: true));
        Assert.All(report.Outputs, o => Assert.Equal("--force was given", o.Reason));
    }

    [Fact]
    public void An_output_changed_outside_preppack_is_made_again()
    {
        using var ws = WithGamma();
        ws.Build();
        File.WriteAllText(ws.OutputFile("matrix.pdf"), "scribbled on");
        var report = ws.Build();
        Assert.Equal(
            "matrix.pdf was changed outside PrepPack",
            report.Outputs.Single(o => o.Name == "matrix.pdf").Reason
        );
        Assert.StartsWith("%PDF", File.ReadAllText(ws.OutputFile("matrix.pdf")));
    }

    [Fact]
    public void Two_builds_of_the_same_input_into_empty_folders_give_byte_identical_files()
    {
        using var first = WithGamma();
        using var second = new TempFolder();
        first.Build();
        PackBuilder.Build(new BuildOptions(first.Content, first.Templates, second.Path));
        var names = Directory.EnumerateFiles(first.Output).Select(Path.GetFileName).Order().ToList();
        Assert.NotEmpty(names);
        foreach (var name in names)
            Assert.True(
                File.ReadAllBytes(first.OutputFile(name!))
                    .AsSpan()
                    .SequenceEqual(File.ReadAllBytes(second.Combine(name!))),
                name
            );
    }

    [Fact]
    public void A_build_of_one_output_at_a_time_writes_the_same_bytes_and_report_as_a_parallel_build()
    {
        using var ws = WithGamma();
        using var serial = new TempFolder();
        var edit = (string folder) =>
            File.WriteAllText(
                Path.Combine(folder, "stories", "gamma.yaml"),
                File.ReadAllText(Path.Combine(ws.Content, "stories", "gamma.yaml"))
                    .Replace("lesson: Own it.", "lesson: Own it, early.")
            );
        var options = new BuildOptions(ws.Content, ws.Templates, ws.Output);
        var one = options with { Output = serial.Path, Jobs = 1 };
        Assert.True(options.Jobs >= 1);

        // A first build, then one after an edit, so the changed-cards file is made alongside the rest.
        foreach (var step in new[] { "first", "edited" })
        {
            var parallel = PackBuilder.Build(options);
            var alone = PackBuilder.Build(one);
            Assert.Equal(parallel.Diagnostics.Select(d => d.ToString()), alone.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(
                parallel.Outputs.Select(o => (o.Name, o.Status)),
                alone.Outputs.Select(o => (o.Name, o.Status))
            );
            var names = Directory.EnumerateFiles(ws.Output).Select(Path.GetFileName).Order().ToList();
            Assert.Equal(names, Directory.EnumerateFiles(serial.Path).Select(Path.GetFileName).Order().ToList());
            foreach (var name in names)
                Assert.True(
                    File.ReadAllBytes(ws.OutputFile(name!))
                        .AsSpan()
                        .SequenceEqual(File.ReadAllBytes(serial.Combine(name!))),
                    $"{name} after the {step} build"
                );
            if (step == "first")
                edit(ws.Content);
        }
        Assert.True(File.Exists(ws.OutputFile("cards-changed.pdf")));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(null, -1)]
    [InlineData("0", -1)]
    [InlineData("many", -1)]
    [InlineData("4096", -1)]
    public void PREPPACK_JOBS_limits_the_outputs_made_at_once_to_a_whole_number_up_to_the_cores(
        string? value,
        int jobs
    ) => Assert.Equal(jobs == -1 ? Environment.ProcessorCount : jobs, BuildJobs.Of(value));
}
