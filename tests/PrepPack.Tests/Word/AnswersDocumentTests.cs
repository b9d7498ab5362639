using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Content;
using PrepPack.Diagnostics;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>The answers documents of the sample pack, a page per question, opened again with the OpenXml SDK.</summary>
public class AnswersDocumentTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    private static readonly PrepPack.Content.Model.StoryBank Sample = StoryBankLoader.Load(RepoPaths.SampleBank).Bank!;

    private WordprocessingDocument Open(string name) =>
        WordprocessingDocument.Open(new MemoryStream(pack.Read(name)), false);

    private static Body BodyOf(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    private static List<Paragraph> Titles(Body body) =>
        body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").ToList();

    [Theory]
    [InlineData("answers-amazon.docx")]
    [InlineData("answers-meta.docx")]
    public void Every_answers_document_passes_the_open_xml_validator(string name)
    {
        using var document = Open(name);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [InlineData("answers-amazon.docx", "amazon")]
    [InlineData("answers-meta.docx", "meta")]
    public void There_is_one_page_per_question_asked_for_the_framework_by_the_word_page_estimate(
        string name,
        string framework
    )
    {
        var asked = Sample.Questions.Count(q => q.AskedFor(framework));
        var output = pack.Report.Outputs.Single(o => o.Name == name);
        Assert.Equal(asked, output.Pages);
        Assert.DoesNotContain(pack.Report.Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
        using var document = Open(name);
        var body = BodyOf(document);
        Assert.Equal(asked, Titles(body).Count);
        Assert.Equal(asked - 1, body.Descendants<PageBreakBefore>().Count());
    }

    [Fact]
    public void A_question_page_has_the_angle_each_star_part_with_its_time_the_signals_the_follow_ups_and_the_probes()
    {
        var question = Sample.Questions.Single(q => q.Id == "time-you-were-wrong");
        using var document = Open("answers-amazon.docx");
        var body = BodyOf(document);
        var title = Titles(body).Single(p => p.InnerText == question.Ask);
        // The page runs from its title to the next title that starts a page.
        var page = title
            .ElementsAfter()
            .TakeWhile(e => e is not Paragraph { ParagraphProperties.PageBreakBefore: not null })
            .ToList();
        var text = page.Select(e => e.InnerText).ToList();

        Assert.Contains(text, t =>
            t.StartsWith(
                "Tell: Commission overpayment and its root cause · backup: A capacity forecast that shipped three "
                    + "weeks late",
                StringComparison.Ordinal
            ) && t.Contains("asks about: Earn Trust · Are Right, A Lot", StringComparison.Ordinal)
        );
        // The angle is one box: lead with, then what to cut.
        Assert.Contains($"Lead with {question.Angle.LeadWith}Cut {question.Angle.Cut}", text);
        foreach (var part in new[] { "Situation", "Task", "Action", "Result" })
            Assert.Contains(text, t => System.Text.RegularExpressions.Regex.IsMatch(t, $@"^{part} \(\d:\d\d\)"));
        Assert.Contains($"Signals surfaced {string.Join("; ", question.Angle.Signals)}", text);

        var tables = page.OfType<Table>().ToList();
        var followUps = tables
            .Single(t => t.InnerText.StartsWith("Likely follow-up", StringComparison.Ordinal))
            .Elements<TableRow>()
            .ToList();
        Assert.Equal(question.FollowUps.Count, followUps.Count - 1);
        var probes = tables
            .Single(t => t.InnerText.StartsWith("Probe: what it tests", StringComparison.Ordinal))
            .Elements<TableRow>()
            .ToList();
        Assert.Equal(question.Probes.Count, probes.Count - 1);
        var cells = probes[1].Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(
            [
                $"{question.Probes[0].Asks} {question.Probes[0].Tests}",
                question.Probes[0].Weak,
                question.Probes[0].Strong,
            ],
            cells
        );
    }

    [Fact]
    public void A_page_that_runs_over_one_page_is_a_warning_at_its_question_file()
    {
        using var ws = new PackWorkspace();
        var setback = Path.Combine(ws.Content, "questions", "setback.yaml");
        ws.Edit(setback, t =>
            t.Replace(
                "probes:\n",
                "probes:\n"
                    + string.Concat(
                        Enumerable
                            .Range(1, 40)
                            .Select(i =>
                                $"  - asks: Probe number {i}, and what you would say to it in an interview?\n    "
                                + "tests: Whether the answer holds up.\n    weak: A vague answer that says little "
                                + "about what you did.\n    strong: A specific answer with your own actions and "
                                + "the figure that shows the result.\n"
                            )
                    )
            )
        );
        var report = ws.Build();
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
        Assert.Equal(setback, warning.File);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void A_framework_no_question_is_asked_for_gets_a_page_that_says_how_to_add_one()
    {
        using var ws = new PackWorkspace();
        File.Delete(Path.Combine(ws.Content, "questions", "setback.yaml"));
        Assert.True(ws.Build().Succeeded);
        using var document = WordprocessingDocument.Open(ws.OutputFile("answers-acme.docx"), false);
        Assert.Contains("No question in the story bank is asked for Acme yet", BodyOf(document).InnerText);
    }
}
