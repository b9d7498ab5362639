using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>The answers document of a bank of its own, opened again with the OpenXml SDK: what each question's page
/// says, and that it fits one page.</summary>
public class AnswerPageTests(AnswerPagesPack pack) : IClassFixture<AnswerPagesPack>
{
    private const string Document = "answers-harbor.docx";
    private const string Mark = "⚠ This story shows none of the principles this question asks about";

    private WordprocessingDocument Open() => WordprocessingDocument.Open(pack.PathOf(Document), false);

    /// <summary>Each question's page, by question id: its blocks from its title to the next page break.</summary>
    private static Dictionary<string, List<OpenXmlElement>> Pages(Body body)
    {
        var pages = new Dictionary<string, List<OpenXmlElement>>();
        List<OpenXmlElement>? page = null;
        foreach (var element in body.ChildElements)
        {
            if (element.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
            {
                page = null;
                continue;
            }
            if (
                element
                    .Descendants<BookmarkStart>()
                    .FirstOrDefault(b => b.Name?.Value?.StartsWith("question-", StringComparison.Ordinal) == true) is
                { } mark
            )
                pages[mark.Name!.Value!["question-".Length..]] = page = [];
            page?.Add(element);
        }
        return pages;
    }

    private static string Text(IEnumerable<OpenXmlElement> page) => string.Join("\n", page.Select(e => e.InnerText));

    [Fact]
    public void A_question_whose_story_shows_none_of_its_principles_says_so_on_its_page_naming_them()
    {
        using var document = Open();
        var pages = Pages(document.MainDocumentPart!.Document.Body!);
        var misfit = Text(pages[AnswerPagesPack.Misfit]);
        Assert.Contains($"{Mark} (Ownership, Bias for Action).", misfit);
        // Before the angle and the signals, where the reader looks first.
        Assert.True(
            misfit.IndexOf(Mark, StringComparison.Ordinal) < misfit.IndexOf("Lead with", StringComparison.Ordinal)
        );
        Assert.DoesNotContain("⚠", Text(pages[AnswerPagesPack.Ordinary]));
    }

    [Fact]
    public void The_same_question_asked_by_a_framework_whose_principle_its_story_shows_has_no_mark_there()
    {
        using var document = WordprocessingDocument.Open(pack.PathOf("answers-northside.docx"), false);
        var page = Text(Pages(document.MainDocumentPart!.Document.Body!)[AnswerPagesPack.Misfit]);
        Assert.Contains("asks about: Care for the End User", page);
        Assert.DoesNotContain("⚠", page);
    }

    [Fact]
    public void The_pages_that_carry_the_mark_are_the_questions_check_warns_about_with_PP0241()
    {
        using var document = Open();
        var marked = Pages(document.MainDocumentPart!.Document.Body!)
            .Where(p => Text(p.Value).Contains(Mark, StringComparison.Ordinal))
            .Select(p => p.Key)
            .Order();
        var warned = pack
            .Report.Diagnostics.Where(d => d.Code == DiagnosticCodes.QuestionStoryShowsNoPrinciple)
            .Select(d => Path.GetFileNameWithoutExtension(d.File))
            .Order();
        Assert.Equal([AnswerPagesPack.Misfit], warned);
        Assert.Equal(warned, marked);
    }

    [Fact]
    public void Adding_a_principle_asked_about_to_the_story_makes_the_page_again_without_the_mark()
    {
        using var own = new AnswerPagesPack();
        var story = Path.Combine(own.Content, "stories", "triage-board.yaml");
        File.WriteAllText(
            story,
            File.ReadAllText(story).Replace("  harbor: [patients-first]", "  harbor: [patients-first, ownership]")
        );
        var report = own.Rebuild();
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == DiagnosticCodes.QuestionStoryShowsNoPrinciple);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == Document).Status);
        Assert.Equal(OutputStatus.Written, report.Outputs.Single(o => o.Name == "prompts.pdf").Status);
        using var document = WordprocessingDocument.Open(own.PathOf(Document), false);
        Assert.DoesNotContain("⚠", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public void An_ordinary_answer_within_budget_fits_one_page_with_its_type_shrunk_and_no_warning()
    {
        var question = pack.Bank.Questions.Single(q => q.Id == AnswerPagesPack.Ordinary);
        var story = pack.Bank.Stories.Single(s => s.Id == question.Primary.Story.Id);
        // Ordinary: within every budget of the profile, with three follow-ups and two probes.
        Assert.InRange(
            PrepPack.Content.StarTiming.Of(question.Told(story.Star)).Whole,
            75,
            pack.Bank.Profile.Practice.Whole
        );
        Assert.Equal((3, 2), (question.FollowUps.Count, question.Probes.Count));

        Assert.DoesNotContain(pack.Report.Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
        Assert.Equal(pack.Bank.Questions.Count, pack.Report.Outputs.Single(o => o.Name == Document).Pages);
        using var document = Open();
        var pages = Pages(document.MainDocumentPart!.Document.Body!);
        // Shrunk below the body's 10 pt (20 half-points), each run set directly, the styles left as they are.
        var sizes = pages[AnswerPagesPack.Ordinary]
            .SelectMany(e => e.Descendants<Run>())
            .Select(r => int.Parse(r.RunProperties!.FontSize!.Val!.Value!))
            .ToList();
        Assert.All(sizes, size => Assert.True(size < 40));
        Assert.Contains(sizes, size => size < 20);
        // The page that fits as it is keeps its styles' sizes.
        Assert.DoesNotContain(pages[AnswerPagesPack.Misfit].SelectMany(e => e.Descendants<FontSize>()), _ => true);
    }

    [Fact]
    public void Without_fitting_the_same_answer_runs_over_and_the_warning_names_its_longest_parts()
    {
        var markdown = pack.Markdown("answers-harbor.md").Replace("fit: each-page\n", "", StringComparison.Ordinal);
        var result = WordWriting.Render(markdown, "answers-harbor.md");
        Assert.Equal(3, result.Pages);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OverOneWordPage);
        Assert.Matches(
            @"^'Tell me about a time you made things better for the people you serve\.' runs to about 1\.\d pages in "
                + @"answers-harbor\.docx: about \d+ lines too long for one page\. Its longest parts: ",
            warning.Message
        );
        Assert.Contains("Action (", warning.Message);
        Assert.Contains("the table 'Likely follow-up' (", warning.Message);
    }

    [Fact]
    public void A_table_keeps_its_header_with_the_first_row_and_its_last_row_with_the_one_before()
    {
        using var document = Open();
        var tables = Pages(document.MainDocumentPart!.Document.Body!)[AnswerPagesPack.Ordinary]
            .OfType<Table>()
            .Where(t =>
                t.InnerText.StartsWith("Likely", StringComparison.Ordinal)
                || t.InnerText.StartsWith("Probe", StringComparison.Ordinal)
            )
            .ToList();
        Assert.Equal(2, tables.Count);
        foreach (var table in tables)
        {
            var kept = table.Elements<TableRow>().Select(KeptWithNext).ToList();
            // Every row but the last goes with the next: the header, the first row and the one before the last.
            Assert.Equal([.. Enumerable.Repeat(true, kept.Count - 1), false], kept);
            Assert.All(table.Elements<TableRow>(), r =>
                Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>())
            );
        }
    }

    [Fact]
    public void Rows_in_the_middle_of_a_long_table_may_break_across_pages_but_never_leave_one_alone()
    {
        var rows = string.Concat(Enumerable.Range(1, 6).Select(i => $"| Row {i} | Text {i} |\n"));
        var result = WordWriting.Render($"# Table\n\n| A | B |\n|:--|:--|\n{rows}");
        using var document = WordWriting.Open(result);
        var kept = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Select(KeptWithNext).ToList();
        // Header, row 1 and row 5 travel with the next; rows 2 to 4 and the last may end a page.
        Assert.Equal([true, true, false, false, false, true, false], kept);
    }

    [Fact]
    public void The_shrunk_answers_document_passes_the_open_xml_validator()
    {
        using var document = Open();
        Assert.Equal("", WordWriting.ValidationErrors(document));
    }

    private static bool KeptWithNext(TableRow row) =>
        row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);
}
