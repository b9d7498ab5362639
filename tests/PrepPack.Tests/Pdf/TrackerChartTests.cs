using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The tracker's chart of each practice day, read back from the PDF with PdfPig.</summary>
public class TrackerChartTests
{
    private static PackWorkspace WithLog(string? log = null)
    {
        var ws = new PackWorkspace();
        var folder = Path.Combine(ws.Content, "practice");
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "PracticeLog"), folder);
        if (log is not null)
            File.WriteAllText(Path.Combine(folder, "log.yaml"), log);
        return ws;
    }

    [Fact]
    public void The_tracker_charts_each_day_with_labelled_axes_the_budget_and_the_trend_in_words()
    {
        using var ws = WithLog();
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var page = document.GetPage(1);
        var text = PdfText.Of(page);
        Assert.Contains("Scores (1-5, higher is better)", text);
        Assert.Contains("Time (m:ss)", text);
        Assert.Contains("budget 2:00", text);
        foreach (var day in new[] { "2026-11-18", "2026-11-21" })
            Assert.Contains(day, text);
        // The caption under the chart, which is also its text alternative.
        Assert.Contains(
            "Clarity rose from 3.0 to 4.0, metrics rose from 4.0 to 5.0, reflection rose from 4.0 to 5.0 "
                + "over 4 practice days",
            text.Replace("\n", " ")
        );
        Assert.Contains("average time fell from 2:05 to 1:40. The budget is 2:00.", text.Replace("\n", " "));

        // The lines are vector paths between the chart's title and the next heading.
        var words = page.GetWords().ToList();
        var top = words.First(w => w.Text == "Scores").BoundingBox.Top;
        var bottom = words.First(w => w.Text == "question").BoundingBox.Bottom;
        var segments = page
            .Paths.SelectMany(p => p)
            .Where(s => s.GetBoundingRectangle() is { } r && r.Top <= top + 1 && r.Bottom >= bottom)
            .Sum(s => s.Commands.Count(c => c is UglyToad.PdfPig.Core.PdfSubpath.Line));
        Assert.True(segments > 50, $"{segments} straight segments in the chart");
        // Series told apart without colour: dashed lines are drawn in dash patterns of their own.
        var patterns = page
            .Paths.Where(p => p.IsStroked && p.LineDashPattern is { Array.Count: > 0 })
            .Select(p => string.Join(" ", p.LineDashPattern!.Value.Array))
            .Distinct()
            .Count();
        Assert.True(patterns >= 3, $"{patterns} dash patterns in the chart");
    }

    [Fact]
    public void Each_question_row_has_its_trend_mark()
    {
        using var ws = WithLog();
        ws.Build();
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var lines = PdfText.Lines(document.GetPage(1));
        // 'setback' scored 3.7, 3.5 and then 4.7 on average: rising.
        Assert.Contains(lines, l =>
            l.StartsWith("Tell me about a setback you recovered from.", StringComparison.Ordinal)
            && l.EndsWith("↑ rising", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("answers: []\n", "No practice logged yet")]
    [InlineData(
        "answers:\n  - date: 2026-11-18 20:00\n    question: setback\n    story: alpha\n    clarity: 3\n",
        "One day of practice so far (2026-11-18)"
    )]
    public void A_log_of_no_day_or_one_day_shows_a_note_instead_of_an_empty_chart(string log, string note)
    {
        using var ws = WithLog(log);
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var text = PdfText.Of(document.GetPage(1)).Replace("\n", " ");
        Assert.Contains(note, text);
        Assert.DoesNotContain("Time (m:ss)", text);
    }

    [Fact]
    public void A_log_with_times_but_no_scores_charts_the_time_alone()
    {
        const string log =
            "answers:\n  - date: 2026-11-18 20:00\n    question: setback\n    story: alpha\n"
            + "    time: \"2:05\"\n"
            + "  - date: 2026-11-19 20:00\n    question: setback\n    story: alpha\n    time: \"1:50\"\n";
        using var ws = WithLog(log);
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var document = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var text = PdfText.Of(document.GetPage(1)).Replace("\n", " ");
        Assert.Contains("Time (m:ss)", text);
        Assert.DoesNotContain("Scores (1-5", text);
        Assert.Contains(
            "No scores given over 2 practice days (2026-11-18 to 2026-11-19); average time fell from 2:05 to 1:50.",
            text
        );
    }

    [Fact]
    public void A_chart_line_that_cannot_be_read_is_a_warning_at_its_line_and_the_chart_is_still_drawn()
    {
        var result = Typesetting.Render(
            "Intro.\n\n```chart\nDate | Clarity\n2026-11-14 | 3\n2026-11-15 | lots\n2026-11-16 | 4\n```\n"
        );
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ChartLineUnreadable);
        Assert.Equal((6, 14), (warning.Line, warning.Column));
        using var document = PdfInspection.Open(result.Bytes!);
        var text = PdfText.Of(document.GetPage(1));
        Assert.Contains("Scores (1-5, higher is better)", text);
        // Without an alt line the chart says in words what it shows.
        Assert.Contains(
            "Clarity rose from 3.0 to 4.0, over 3 points from 2026-11-14 to 2026-11-16.",
            text.Replace("\n", " ")
        );
    }
}
