using System.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>
/// The answers document laid out by a word processor, not by PrepPack's estimate: LibreOffice turns
/// it into a PDF, read back with PdfPig. Skipped where LibreOffice is not installed.
/// </summary>
public class LibreOfficePagesTests(AnswerPagesPack pack) : IClassFixture<AnswerPagesPack>
{
    [FactWithTool("soffice")]
    public void Laid_out_by_libreoffice_each_question_is_one_page_with_its_probes_on_it()
    {
        using var folder = new TempFolder();
        using var pdf = PdfInspection.Open(ToPdf(pack.PathOf("answers-harbor.docx"), folder));
        Assert.Equal(pack.Bank.Questions.Count, pdf.NumberOfPages);
        var ordinary = pack.Bank.Questions.Single(q => q.Id == AnswerPagesPack.Ordinary);
        var page = Assert.Single(pdf.GetPages(), p =>
            string.Join(" ", PdfText.Lines(p)).Contains(ordinary.Ask, StringComparison.Ordinal)
        );
        // Each table read down its first column: every probe and every follow-up on the question's own page.
        var probes = PdfText.Column(page, "Probe:", "Weak");
        Assert.All(ordinary.Probes, probe => Assert.Contains(probe.Asks, probes));
        var followUps = PdfText.Column(page, "Likely", "Short");
        Assert.All(ordinary.FollowUps, followUp => Assert.Contains(followUp.Question, followUps));
    }

    [FactWithTool("soffice")]
    public void Twenty_answers_of_every_length_each_fit_one_page_as_libreoffice_lays_them_out()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TempFolder.CopyInto(Path.Combine(RepoPaths.Fixtures, "AnswerPagesBank"), content);
        foreach (var file in Directory.GetFiles(Path.Combine(content, "questions")))
            File.Delete(file);
        var random = new Random(3);
        for (var i = 0; i < 20; i++)
            File.WriteAllText(Path.Combine(content, "questions", $"q{i:00}.yaml"), RandomQuestion(i, random));
        var report = PrepPack.Pipeline.PackBuilder.Build(
            new PrepPack.Pipeline.BuildOptions(content, RepoPaths.Templates, folder.Combine("output"))
            {
                Only = ["answers-harbor"],
            }
        );
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == PrepPack.Diagnostics.DiagnosticCodes.OverOneWordPage);
        using var pdf = PdfInspection.Open(ToPdf(folder.Combine("output", "answers-harbor.docx"), folder));
        Assert.Equal(20, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.StartsWith("Question ", PdfText.Lines(p)[0]));
    }

    /// <summary>A question told with the bank's story, its own actions, one to four follow-ups and up to three probes,
    /// each of a random length.</summary>
    private static string RandomQuestion(int index, Random random)
    {
        string[] words =
        [
            "patients",
            "nurses",
            "board",
            "screen",
            "minutes",
            "shift",
            "triage",
            "timer",
            "colour",
            "acuity",
            "manager",
            "huddle",
            "week",
            "audit",
            "ward",
            "handover",
        ];
        string Words(int least, int most) =>
            string.Join(
                " ",
                Enumerable.Range(0, random.Next(least, most + 1)).Select(_ => words[random.Next(words.Length)])
            );
        var text = new System.Text.StringBuilder()
            .Append(
                $"id: q{index:00}\nask: Question {index} about {Words(4, 14)}?\nprinciples:\n  harbor: "
                    + "[patients-first]\nprimary: triage-board\n"
            )
            .Append(
                $"angle:\n  lead_with: I {Words(6, 20)}.\n  cut: I {Words(4, 12)}.\n  signals: [Starts from the "
                    + "patient's experience]\nscript:\n  actions:\n"
            );
        for (var a = random.Next(2, 6); a > 0; a--)
            text.Append($"    - I {Words(10, 30)}.\n");
        text.Append("follow_ups:\n");
        for (var f = random.Next(1, 5); f > 0; f--)
            text.Append($"  - question: Why {Words(4, 12)}?\n    answer: I {Words(10, 30)}.\n");
        var probes = random.Next(0, 4);
        if (probes > 0)
            text.Append("probes:\n");
        for (var p = 0; p < probes; p++)
            text.Append(
                $"  - asks: Who {Words(4, 10)}?\n    tests: Whether {Words(3, 8)}.\n    weak: We {Words(4, 14)}.\n    "
                    + $"strong: I {Words(8, 25)}.\n"
            );
        return text.ToString();
    }

    /// <summary>The document as LibreOffice lays it out, in a PDF, with a profile of its own so runs side by side do
    /// not meet.</summary>
    private static byte[] ToPdf(string docx, TempFolder folder)
    {
        var start = new ProcessStartInfo(
            "soffice",
            [
                "-env:UserInstallation=file://" + folder.Combine("profile"),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder.Path,
                docx,
            ]
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using (var process = Process.Start(start)!)
            Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish in two minutes");
        return File.ReadAllBytes(Path.Combine(folder.Path, Path.ChangeExtension(Path.GetFileName(docx), ".pdf")));
    }
}
