using DocumentFormat.OpenXml.Packaging;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Templates.Model;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>Every time a page prints comes from the profile's <c>practice:</c> budgets, read back from a bank whose
/// budgets are its own.</summary>
public class StarBudgetTimesTests(AnswerPagesPack pack) : IClassFixture<AnswerPagesPack>
{
    private string StarText()
    {
        using var document = WordprocessingDocument.Open(pack.PathOf("star-harbor.docx"), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.ChildElements.Select(e => e.InnerText));
    }

    [Fact]
    public void The_star_one_pager_prints_each_part_against_the_profiles_own_budgets()
    {
        var budgets = pack.Bank.Profile.Practice;
        Assert.Equal(
            (40, 20, 75, 25, 150),
            (budgets.Setup, budgets.ActionLeast, budgets.Action, budgets.Result, budgets.Whole)
        );
        var story = pack.Bank.Stories.Single(s => s.Id == "triage-board");
        var time = StarTiming.Of(story.Star);
        var text = StarText();
        Assert.Contains(
            $"About {SpeakingTime.Format(time.Whole)} to tell, of 2:30 · set-up {SpeakingTime.Format(time.Setup)} of "
                + "0:40 · "
                + $"action {SpeakingTime.Format(time.Action)}, within 0:20–1:15 · result "
                + $"{SpeakingTime.Format(time.Result)} of 0:25",
            text
        );
        Assert.Contains(
            $"Situation ({SpeakingTime.Format(SpeakingTime.Seconds(SpeakingTime.Words([story.Star.Situation])))})",
            text
        );
    }

    [Theory]
    [InlineData("20–30 s")]
    [InlineData("60–90 s")]
    [InlineData("(30 s)")]
    [InlineData("of 2:00")]
    [InlineData("of 0:30")]
    [InlineData("of 1:30")]
    public void The_star_one_pager_prints_no_time_the_profile_does_not_set(string fixedTime)
    {
        Assert.DoesNotContain(fixedTime, StarText());
    }

    [Fact]
    public void The_prompt_cards_ask_for_an_answer_inside_the_profiles_whole_budget()
    {
        using var pdf = PdfInspection.Open(File.ReadAllBytes(pack.PathOf("prompts.pdf")));
        Assert.Equal("Question cards to answer at random, in under 2:30 each", pdf.Information.Subject);
        Assert.Contains("Answer aloud in under 2:30", PdfText.Of(pdf.GetPage(1)));
    }

    [Theory]
    [InlineData(40, 0, "action 0:40 of 1:30", true)]
    [InlineData(100, 0, "action 1:40, over 1:30", false)]
    [InlineData(15, 20, "action 0:15, under 0:20", false)]
    [InlineData(40, 20, "action 0:40, within 0:20–1:30", true)]
    public void A_part_reads_its_time_against_its_budget_in_words(int seconds, int least, string text, bool within)
    {
        var part = new PartTimeView("action", seconds, 90, least);
        Assert.Equal((text, within), (part.Text, part.Within));
    }

    [Fact]
    public void The_budgets_a_template_sees_are_the_profiles()
    {
        var view = new BudgetsView(
            new PracticeBudgets
            {
                Setup = 45,
                Action = 80,
                ActionLeast = 0,
                Result = 20,
                Whole = 150,
            }
        );
        Assert.Equal(
            ("0:45", "1:20", "", "0:20", "2:30"),
            (view.Setup, view.Action, view.ActionLeast, view.Result, view.Whole)
        );
    }
}
