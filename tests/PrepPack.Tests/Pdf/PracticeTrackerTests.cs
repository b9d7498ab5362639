using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The practice tracker and the cheat sheet's marks, made from a fixture log and read back from the
/// PDFs.</summary>
public class PracticeTrackerTests
{
    private static PackWorkspace WithLog()
    {
        var ws = new PackWorkspace();
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "PracticeLog"), Path.Combine(ws.Content, "practice"));
        return ws;
    }

    private static List<string> Lines(string pdf, int page)
    {
        using var document = PdfInspection.Open(File.ReadAllBytes(pdf));
        return PdfText.Lines(document.GetPage(page)).ToList();
    }

    [Fact]
    public void The_tracker_gives_each_question_and_story_its_times_last_date_best_and_latest_time_and_average_scores()
    {
        using var ws = WithLog();
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var lines = Lines(ws.OutputFile("tracker.pdf"), 1);
        Assert.Contains(
            "4 answers practised on 4 days. Times are against 2:00; scores are the average of your own, from 1 to 5.",
            lines
        );
        // Best is the fastest; latest is the last by date, not by place in the log; an average leaves out the answers
        // without that score.
        Assert.Contains(
            "Tell me about a setback you recovered from. 3 2026-11-20 1:30 1:40 3.7 4.0 4.5 ↑ rising",
            lines
        );
        Assert.Contains("Alpha project 4 2026-11-21 1:30 1:40 3.7 4.0 4.5", lines);
        Assert.Contains("Beta failure never — — — — — —", lines);
    }

    [Fact]
    public void The_tracker_ends_with_ruled_rows_to_fill_in_by_hand()
    {
        using var ws = WithLog();
        ws.Build();
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var page = document.GetPage(document.NumberOfPages);
        Assert.Contains("Date Question or story Time Clarity Metrics Reflection", PdfText.Lines(page));
        // Each empty row is ruled below the header: a row of six cells, each tall enough to write in.
        var table = PdfTables
            .Parts(page, BinderPageTests.Grid)
            .Last(t => t.Header == "Date Question or story Time Clarity Metrics Reflection");
        var rows = table.Rows.Skip(1).Where(r => r.Height > 12 && r.Cells == 6).ToList();
        Assert.Equal(26, rows.Count);
    }

    [Fact]
    public void The_cheat_sheet_marks_the_stories_never_practised_and_stays_one_page()
    {
        using var ws = WithLog();
        ws.Build();
        var lines = Lines(ws.OutputFile("cheatsheet.pdf"), 1);
        Assert.Contains("Stories and the numbers to say · ○ not yet practised aloud", lines);
        Assert.Contains(lines, l => l.StartsWith("• ○ Beta failure", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("• Alpha project", StringComparison.Ordinal));
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("cheatsheet.pdf")));
        Assert.Equal(1, document.NumberOfPages);
    }

    [Fact]
    public void The_binder_holds_the_tracker_with_the_same_figures()
    {
        using var ws = WithLog();
        ws.Build();
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("binder.pdf")));
        var text = document.GetPages().Select(p => string.Join("\n", PdfText.Lines(p))).ToList();
        var tracker = text.FindIndex(t => t.StartsWith("Practice tracker", StringComparison.Ordinal));
        Assert.True(tracker > 0, "no Practice tracker page");
        Assert.Contains("Alpha project 4 2026-11-21 1:30 1:40 3.7 4.0 4.5", text[tracker]);
    }

    [Fact]
    public void A_new_answer_in_the_log_makes_again_the_tracker_the_binder_and_the_cheat_sheet_and_nothing_else()
    {
        using var ws = WithLog();
        ws.Build();
        ws.Edit(Path.Combine(ws.Content, "practice", "log.yaml"), t => t + "  - date: 2026-11-22\n    story: beta\n");
        var report = ws.Build();
        var made = report.Outputs.Where(o => o.Status == OutputStatus.Written).Select(o => o.Name).Order().ToList();
        Assert.Equal(["binder.pdf", "cheatsheet.pdf", "tracker.pdf"], made);
        Assert.EndsWith(
            Path.Combine("practice", "log.yaml") + " changed",
            report.Outputs.Single(o => o.Name == "tracker.pdf").Reason
        );
    }

    [Fact]
    public void Without_a_log_the_tracker_says_nothing_is_practised_yet_and_every_story_is_marked()
    {
        using var ws = new PackWorkspace();
        Assert.True(ws.Build().Succeeded);
        var tracker = string.Join(" ", Lines(ws.OutputFile("tracker.pdf"), 1));
        Assert.True(
            tracker.Contains("No answers practised yet. Run preppack practice", StringComparison.Ordinal),
            tracker
        );
        var cheat = Lines(ws.OutputFile("cheatsheet.pdf"), 1);
        Assert.Contains(cheat, l => l.StartsWith("• ○ Alpha project", StringComparison.Ordinal));
    }
}
