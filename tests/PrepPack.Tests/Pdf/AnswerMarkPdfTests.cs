using PrepPack.Tests.Support;
using PrepPack.Tests.Word;

namespace PrepPack.Tests.Pdf;

/// <summary>The binder's answers by question and the prompt cards say, as <c>check</c> does, when a story shows none of
/// the principles asked.</summary>
public class AnswerMarkPdfTests(AnswerPagesPack pack) : IClassFixture<AnswerPagesPack>
{
    private IReadOnlyList<string> Pages(string name)
    {
        using var pdf = PdfInspection.Open(File.ReadAllBytes(pack.PathOf(name)));
        return pdf.GetPages().Select(p => string.Join(" ", PdfText.Lines(p))).ToList();
    }

    private string Ask(string id) => pack.Bank.Questions.Single(q => q.Id == id).Ask;

    [Fact]
    public void The_binder_page_of_a_question_whose_story_shows_none_of_its_principles_says_so()
    {
        var pages = Pages("binder.pdf");
        var misfit = Assert.Single(pages, p =>
            p.Contains(Ask(AnswerPagesPack.Misfit), StringComparison.Ordinal)
            && p.Contains("Signals surfaced", StringComparison.Ordinal)
        );
        Assert.Contains(
            "⚠ This story shows none of the principles this question asks about (Harbor Health: Ownership, Bias for "
                + "Action).",
            misfit
        );
        var ordinary = Assert.Single(pages, p =>
            p.Contains(Ask(AnswerPagesPack.Ordinary), StringComparison.Ordinal)
            && p.Contains("Signals surfaced", StringComparison.Ordinal)
        );
        Assert.DoesNotContain("⚠", ordinary);
    }

    [Fact]
    public void The_back_of_its_prompt_card_says_so_too()
    {
        var pages = Pages("prompts.pdf");
        var backs = pages.Where(p => p.Contains("Lead with", StringComparison.Ordinal)).ToList();
        var misfit = Assert.Single(backs, p =>
            p.Contains($": {Ask(AnswerPagesPack.Misfit)}", StringComparison.Ordinal)
        );
        Assert.Contains(
            "⚠ This story shows none of the principles asked about (Harbor Health: Ownership, Bias for Action)",
            misfit
        );
        Assert.DoesNotContain(
            "⚠",
            Assert.Single(backs, p => p.Contains($": {Ask(AnswerPagesPack.Ordinary)}", StringComparison.Ordinal))
        );
    }
}
