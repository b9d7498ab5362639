using PrepPack.Cli;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary><c>build --only</c>: only the outputs named are made; the others, and the record of them, stay as they
/// were.</summary>
public class OnlyTests
{
    private static BuildReport Build(PackWorkspace ws, params string[] only) =>
        PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output) { Only = only });

    private static Dictionary<string, (DateTime, long)> Files(string folder) =>
        Directory
            .EnumerateFiles(folder)
            .ToDictionary(f => Path.GetFileName(f), f => (File.GetLastWriteTimeUtc(f), new FileInfo(f).Length));

    private static string Alpha(PackWorkspace ws) => Path.Combine(ws.Content, "stories", "alpha.yaml");

    [Fact]
    public void Only_the_named_outputs_are_made_and_the_others_are_left_as_they_were()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        ws.Edit(Alpha(ws), t => t.Replace("title: Alpha project", "title: Alpha reporting project"));
        var before = Files(ws.Output);
        Thread.Sleep(20);

        var report = Build(ws, "cheatsheet", "cards");

        Assert.True(report.Succeeded);
        // The cards made again bring the card of the story that changed, as a full build does.
        Assert.Equal(["cards-changed.pdf", "cards.pdf", "cheatsheet.pdf"], report.Outputs.Select(o => o.Name).Order());
        Assert.All(report.Outputs, o => Assert.Equal(OutputStatus.Written, o.Status));
        var after = Files(ws.Output);
        foreach (var name in new[] { "binder.pdf", "matrix.pdf", "star-acme.docx", "tmay.pdf" })
            Assert.Equal(before[name], after[name]);
    }

    [Fact]
    public void Outputs_left_out_are_made_by_the_next_full_build_because_their_record_still_says_they_are_stale()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        ws.Edit(Alpha(ws), t => t.Replace("title: Alpha project", "title: Alpha reporting project"));
        Build(ws, "cheatsheet");

        var full = ws.Build();

        Assert.Equal(OutputStatus.UpToDate, full.Outputs.Single(o => o.Name == "cheatsheet.pdf").Status);
        Assert.Equal(OutputStatus.Written, full.Outputs.Single(o => o.Name == "binder.pdf").Status);
        Assert.Equal(OutputStatus.Written, full.Outputs.Single(o => o.Name == "cards.pdf").Status);
    }

    [Fact]
    public void After_only_makes_the_last_stale_output_the_next_build_has_nothing_to_do()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        PackBuilder.Build(new BuildOptions(ws.Content, ws.Templates, ws.Output, Force: true) { Only = ["matrix"] });

        var next = ws.Build();

        Assert.All(next.Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));
    }

    [Fact]
    public void With_nothing_changed_only_the_outputs_named_are_reported_up_to_date_and_nothing_is_written()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        var before = Files(ws.Output);
        Thread.Sleep(20);

        var report = Build(ws, "star-onepager", "tmay.pdf");

        Assert.Equal(
            [("star-acme.docx", OutputStatus.UpToDate), ("tmay.pdf", OutputStatus.UpToDate)],
            report.Outputs.Select(o => (o.Name, o.Status)).Order()
        );
        Assert.Equal(before, Files(ws.Output));
    }

    [Fact]
    public void An_output_whose_template_is_gone_is_not_deleted_by_a_build_of_other_outputs()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        File.Delete(Path.Combine(ws.Templates, "tmay.sbn"));

        Build(ws, "cards");
        Assert.True(File.Exists(ws.OutputFile("tmay.pdf")));

        var full = ws.Build();
        Assert.Equal(OutputStatus.Removed, full.Outputs.Single(o => o.Name == "tmay.pdf").Status);
        Assert.False(File.Exists(ws.OutputFile("tmay.pdf")));
    }

    [Fact]
    public void A_template_name_chooses_every_output_it_makes()
    {
        using var ws = new PackWorkspace();
        var report = Build(ws, "star-onepager");
        Assert.Equal(["star-acme.docx"], report.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void An_output_never_made_is_found_by_the_file_name_its_front_matter_gives()
    {
        using var ws = new PackWorkspace();
        var report = Build(ws, "star-acme.docx");
        Assert.Equal(["star-acme.docx"], report.Outputs.Select(o => o.Name));
        Assert.True(File.Exists(ws.OutputFile("star-acme.docx")));
    }

    [Fact]
    public void Stories_changed_while_the_cards_were_left_out_are_still_in_the_changed_cards_when_the_cards_are_made()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        ws.Edit(Alpha(ws), t =>
            t.Replace("lesson: Test early. Then ship small.", "lesson: Test early, then ship small.")
        );
        Build(ws, "cheatsheet");
        Build(ws, "matrix");

        var report = Build(ws, "cards");

        Assert.Contains(report.Outputs, o => o.Name == "cards-changed.pdf" && o.Status == OutputStatus.Written);
        using var changed = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards-changed.pdf")));
        Assert.Contains("Alpha project", changed.GetPage(1).Text);
    }

    [Fact]
    public void An_unknown_name_is_a_usage_error_with_the_closest_name_and_every_name_there_is()
    {
        using var ws = new PackWorkspace();
        var (exit, output, error) = Support.Cli.Run(
            "build",
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            ws.Output,
            "--only",
            "cheatshet,cards"
        );

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("there is no output 'cheatshet'. Did you mean 'cheatsheet'?", error);
        Assert.Contains(
            "The outputs are: answers, answers-acme, binder, cards, cards-changed, cheatsheet, matrix, prompts, "
                + "star-acme, star-onepager, tmay, tracker.",
            error
        );
        Assert.Equal("", output);
        Assert.False(File.Exists(ws.OutputFile("cards.pdf")));
    }

    [Fact]
    public void Names_are_split_at_commas_and_may_be_given_more_than_once()
    {
        using var ws = new PackWorkspace();
        var (exit, output, _) = Support.Cli.Run(
            "build",
            "--content",
            ws.Content,
            "--templates",
            ws.Templates,
            "--out",
            ws.Output,
            "--only",
            "tmay, matrix.pdf",
            "--only",
            "cards"
        );

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("3 of 3 outputs rebuilt", output);
    }
}
