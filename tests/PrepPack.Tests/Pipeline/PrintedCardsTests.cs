using System.Collections.Concurrent;
using System.Diagnostics;
using PrepPack.Cli;
using PrepPack.Incremental;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>cards-changed.pdf: every card changed since the cards were last printed, kept in the build record across
/// builds, watch and restarts.</summary>
public class PrintedCardsTests
{
    private static string Alpha(PackWorkspace ws) => Path.Combine(ws.Content, "stories", "alpha.yaml");

    private static string Beta(PackWorkspace ws) => Path.Combine(ws.Content, "stories", "beta.yaml");

    private static void EditAlpha(PackWorkspace ws, string lesson) =>
        ws.Edit(Alpha(ws), t => System.Text.RegularExpressions.Regex.Replace(t, "lesson: .*", $"lesson: {lesson}"));

    private static void EditBeta(PackWorkspace ws, string lesson) =>
        ws.Edit(Beta(ws), t => System.Text.RegularExpressions.Regex.Replace(t, "lesson: .*", $"lesson: {lesson}"));

    /// <summary>The titles of the cards in cards-changed.pdf, or null when there is no such file.</summary>
    private static string[]? ChangedCards(PackWorkspace ws)
    {
        if (!File.Exists(ws.OutputFile("cards-changed.pdf")))
            return null;
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cards-changed.pdf")));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        return new[] { "Alpha project", "Beta failure" }.Where(text.Contains).ToArray();
    }

    private static (int Exit, string Out, string Err) Printed(PackWorkspace ws, params string[] names) =>
        Support.Cli.Run(["printed", .. names, "--out", ws.Output]);

    [Fact]
    public void Cards_changed_holds_every_card_changed_since_printing_and_starts_again_from_none_once_printed()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        Assert.Null(ChangedCards(ws));

        EditAlpha(ws, "Test early, then ship small.");
        ws.Build();
        Assert.Equal(["Alpha project"], ChangedCards(ws)!);
        EditBeta(ws, "Own it, and say so before anyone asks.");
        ws.Build();
        Assert.Equal(["Alpha project", "Beta failure"], ChangedCards(ws)!);
        // A build with nothing to do keeps them: nothing was printed.
        ws.Build();
        Assert.Equal(["Alpha project", "Beta failure"], ChangedCards(ws)!);

        var (exit, output, _) = Printed(ws);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(
            "Marked cards.pdf as printed, as the last build made it; cards-changed.pdf is removed.",
            output
        );
        Assert.Null(ChangedCards(ws));

        var after = ws.Build();
        Assert.Null(ChangedCards(ws));
        Assert.DoesNotContain(after.Outputs, o => o.Name == "cards-changed.pdf");

        EditAlpha(ws, "Test early; ship small.");
        var edited = ws.Build();
        Assert.Equal(["Alpha project"], ChangedCards(ws)!);
        Assert.Contains(
            "alpha.yaml changed since the cards were printed",
            edited.Outputs.Single(o => o.Name == "cards-changed.pdf").Reason
        );
    }

    [Fact]
    public void A_story_changed_back_to_its_printed_text_is_no_longer_a_changed_card_and_the_file_goes()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        var printed = File.ReadAllText(Alpha(ws));
        EditAlpha(ws, "Test early, then ship small.");
        ws.Build();
        Assert.Equal(["Alpha project"], ChangedCards(ws)!);

        File.WriteAllText(Alpha(ws), printed);
        var report = ws.Build();

        Assert.Null(ChangedCards(ws));
        Assert.Equal(
            "no story changed since the cards were printed",
            report.Outputs.Single(o => o.Name == "cards-changed.pdf").Reason
        );
    }

    [Fact]
    public void A_story_edited_after_the_last_build_is_still_a_changed_card_after_printing_what_that_build_made()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        EditAlpha(ws, "Test early, then ship small.");
        ws.Build();
        EditBeta(ws, "Own it, and say so before anyone asks.");

        Printed(ws);
        ws.Build();

        Assert.Equal(["Beta failure"], ChangedCards(ws)!);
    }

    [Fact]
    public void The_mark_is_kept_in_the_build_record_of_the_output_folder_and_nothing_is_written_to_content()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        EditAlpha(ws, "Test early, then ship small.");
        ws.Build();
        var content = Directory
            .EnumerateFiles(ws.Content, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, File.ReadAllBytes);

        Printed(ws);

        Assert.Contains("\"printed\"", File.ReadAllText(ManifestStore.PathIn(ws.Output)));
        Assert.Equal(
            content.Keys.Order(),
            Directory.EnumerateFiles(ws.Content, "*", SearchOption.AllDirectories).Order()
        );
        Assert.All(content, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
    }

    [Fact]
    public async Task Changes_made_under_watch_add_up_in_cards_changed()
    {
        using var ws = new PackWorkspace();
        var reports = new BlockingCollection<BuildReport>();
        using var stop = new CancellationTokenSource();
        var running = Task.Run(() =>
            new BuildWatcher(new BuildOptions(ws.Content, ws.Templates, ws.Output), TimeSpan.FromMilliseconds(100)).Run(
                reports.Add,
                stop.Token
            )
        );
        Assert.True(reports.TryTake(out _, TimeSpan.FromSeconds(30)), "no first build");

        EditAlpha(ws, "Test early, then ship small.");
        Assert.True(BuiltAfter(reports, "alpha.yaml"), "the first save was not picked up");
        EditBeta(ws, "Own it, and say so before anyone asks.");
        Assert.True(BuiltAfter(reports, "beta.yaml"), "the second save was not picked up");
        stop.Cancel();
        await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["Alpha project", "Beta failure"], ChangedCards(ws)!);
    }

    /// <summary>Waits for the build that remade the cards because of this file (an editor's save may bring more than
    /// one).</summary>
    private static bool BuiltAfter(BlockingCollection<BuildReport> reports, string file)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (
            reports.TryTake(
                out var report,
                until - DateTime.UtcNow > TimeSpan.Zero ? until - DateTime.UtcNow : TimeSpan.Zero
            )
        )
            if (report.Outputs.Any(o => o.Name == "cards.pdf" && o.Reason?.Contains(file) == true))
                return true;
        return false;
    }

    [Fact]
    public async Task Changes_and_the_printed_mark_survive_a_restart_of_preppack()
    {
        using var ws = new PackWorkspace();
        Assert.Equal(0, (await Preppack(ws, "build")).Exit);
        EditAlpha(ws, "Test early, then ship small.");
        await Preppack(ws, "build");
        EditBeta(ws, "Own it, and say so before anyone asks.");
        await Preppack(ws, "build");
        Assert.Equal(["Alpha project", "Beta failure"], ChangedCards(ws)!);

        var printed = await Preppack(ws, "printed");
        Assert.Contains("Marked cards.pdf as printed", printed.Out);
        await Preppack(ws, "build");
        Assert.Null(ChangedCards(ws));
        EditAlpha(ws, "Test early; ship small.");
        await Preppack(ws, "build");
        Assert.Equal(["Alpha project"], ChangedCards(ws)!);
    }

    /// <summary>Runs preppack as a program of its own, so nothing is kept between runs but what is on disk.</summary>
    private static async Task<(int Exit, string Out)> Preppack(PackWorkspace ws, string command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "preppack.dll"));
        start.ArgumentList.Add(command);
        string[] options =
            command == "build"
                ? ["--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output]
                : ["--out", ws.Output];
        foreach (var option in options)
            start.ArgumentList.Add(option);
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        Assert.True(process.WaitForExit(120_000), $"preppack {command} did not finish");
        Assert.True(process.ExitCode == 0, output + error);
        return (process.ExitCode, output);
    }

    [Fact]
    public void Printed_names_the_output_it_marks_and_takes_it_by_any_of_its_names()
    {
        foreach (var name in new[] { "cards", "cards.pdf", "cards-changed", "CARDS-CHANGED.PDF" })
        {
            using var ws = new PackWorkspace();
            ws.Build();
            EditAlpha(ws, "Test early, then ship small.");
            ws.Build();
            var (exit, output, _) = Printed(ws, name);
            Assert.True(exit == ExitCodes.Success, name);
            Assert.Contains("Marked cards.pdf as printed", output);
            Assert.Null(ChangedCards(ws));
        }
    }

    [Fact]
    public void Printed_with_nothing_changed_says_so_and_an_output_with_no_changed_file_is_not_an_error()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        var (exit, output, _) = Printed(ws, "cards", "binder");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains(
            "Marked cards.pdf as printed, as the last build made it; no card had changed since the last print.",
            output
        );
        Assert.Contains("binder.pdf keeps no file of changed pages, so there is nothing to mark for it.", output);
    }

    [Fact]
    public void Printed_of_an_output_that_does_not_exist_is_a_usage_error_with_the_closest_name_and_marks_nothing()
    {
        using var ws = new PackWorkspace();
        ws.Build();
        EditAlpha(ws, "Test early, then ship small.");
        ws.Build();
        var (exit, _, error) = Printed(ws, "crads");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("preppack: there is no output 'crads'. Did you mean 'cards'?", error);
        Assert.Equal(["Alpha project"], ChangedCards(ws)!);
    }

    [Fact]
    public void Printed_before_any_build_is_an_error_at_the_output_folder_saying_to_build_first()
    {
        using var ws = new PackWorkspace();
        var (exit, output, _) = Printed(ws);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.StartsWith($"{ws.Output}: error PP0507: There is no build in this folder", output);
        Assert.Contains("Run 'preppack build' first", output);
    }

    [Fact]
    public void A_build_that_makes_changed_cards_says_how_to_mark_them_printed_and_one_without_does_not()
    {
        using var ws = new PackWorkspace();
        string[] build = ["build", "--content", ws.Content, "--templates", ws.Templates, "--out", ws.Output];
        Assert.DoesNotContain("preppack printed", Support.Cli.Run(build).Out);
        EditAlpha(ws, "Test early, then ship small.");
        Assert.Contains(
            "cards-changed.pdf holds the cards changed since you last printed them; once it is printed, run 'preppack "
                + "printed'.",
            Support.Cli.Run(build).Out
        );
        Printed(ws);
        Assert.DoesNotContain("preppack printed", Support.Cli.Run(build).Out);
    }
}
