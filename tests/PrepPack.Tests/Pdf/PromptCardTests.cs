using PrepPack.Content;
using PrepPack.IO;
using PrepPack.Pipeline;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>The lightning prompt cards and the binder's answers by question, read back from the PDFs.</summary>
public class PromptCardTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    private static readonly IReadOnlyList<QuestionView> Questions = new PackModel(
        StoryBankLoader.Load(RepoPaths.SampleBank).Bank!,
        new(),
        ""
    ).Questions;

    private static string Words(UglyToad.PdfPig.Content.Page page) => string.Join(" ", PdfText.Lines(page));

    private static void SetCards(PackWorkspace ws, string settings) =>
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t[..(t.IndexOf("\ncards:", StringComparison.Ordinal) + 1)] + "cards:\n" + settings
        );

    [Fact]
    public void Each_question_is_a_card_with_the_question_on_the_front_and_its_story_angle_and_three_cues_behind()
    {
        using var pdf = PdfInspection.Open(pack.Read("prompts.pdf"));
        Assert.Equal(2 * Questions.Count, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((432, 288), (p.Width, p.Height)));
        for (var i = 0; i < Questions.Count; i++)
        {
            var question = Questions[i];
            var front = Words(pdf.GetPage(2 * i + 1));
            Assert.Contains($"Lightning prompt {i + 1} of {Questions.Count}", front);
            Assert.Contains(question.Ask, front);
            Assert.DoesNotContain(question.Story.Title, front);
            var back = Words(pdf.GetPage(2 * i + 2));
            Assert.Contains(question.Story.Title, back);
            Assert.Contains("Lead with " + question.Angle.LeadWith, back);
            Assert.Equal(3, question.Cues.Count);
            Assert.All(question.Cues, cue => Assert.Contains(cue, back));
            Assert.Contains($"Prompt {i + 1}: ", back);
        }
    }

    [Fact]
    public void Prompt_cards_take_the_card_size_and_the_duplex_sheets_of_the_theme_with_each_back_behind_its_front()
    {
        using var ws = new PackWorkspace();
        SetCards(ws, "  size: 3x5\n  per_sheet: 4\n  sheet: letter\n  duplex: long-edge\n");
        var report = ws.Build();
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("prompts.pdf")));
        // One prompt on a landscape letter sheet of 2 x 2 cards: its front, then the back of the sheet.
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((792, 612), (p.Width, p.Height)));
        var front = pdf.GetPage(1).GetWords().First(w => w.Text == "Lightning");
        var back = pdf.GetPage(2).GetWords().First(w => w.Text == "Alpha");
        // The first card is top left; turned over on the long edge of a landscape sheet, its back is bottom left.
        Assert.True(front.BoundingBox.Left < 396 && front.BoundingBox.Bottom > 306, $"front at {front.BoundingBox}");
        Assert.True(back.BoundingBox.Left < 396 && back.BoundingBox.Bottom < 306, $"back at {back.BoundingBox}");
    }

    [Fact]
    public void Building_twice_gives_byte_identical_answers_prompts_and_tracker()
    {
        using var again = new TempFolder();
        PrepPack.Pipeline.PackBuilder.Build(
            new PrepPack.Pipeline.BuildOptions(RepoPaths.SampleBank, RepoPaths.Templates, again.Path)
        );
        foreach (var name in new[] { "answers-amazon.docx", "answers-meta.docx", "prompts.pdf", "tracker.pdf" })
            Assert.True(pack.Read(name).SequenceEqual(File.ReadAllBytes(again.Combine(name))), name);
    }

    [Fact]
    public void The_binder_answers_each_question_on_a_page_of_its_own_after_a_contents_entry()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var pages = pdf.GetPages().Select(Words).ToList();
        Assert.Contains(pages, p =>
            p.StartsWith("Contents", StringComparison.Ordinal)
            && p.Contains("Answers by question", StringComparison.Ordinal)
        );
        var section = pages.FindIndex(p => p.StartsWith("Answers by question", StringComparison.Ordinal));
        Assert.True(section > 0, "no Answers by question section");
        for (var i = 0; i < Questions.Count; i++)
        {
            var page = pages[section + i];
            Assert.Contains(Questions[i].Ask, page);
            Assert.Contains("Tell: " + Questions[i].Story.Title, page);
            Assert.Contains("Situation (", page);
        }
        Assert.Contains(
            "asks about: Amazon: Earn Trust, Are Right, A Lot · Meta: Ownership and drive",
            pages[section + Questions.ToList().FindIndex(q => q.Id == "time-you-were-wrong")]
        );
    }
}
