using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Practice;

/// <summary>
/// The practice questions the frameworks list under their principles, as questions to drill when
/// the bank has no question file of its own for them (a new bank): each told with the story the
/// question names, else the one its principle's coverage puts first, and led with what the principle
/// asks to stress. A question whose principle no story covers yet is left out: there is no story
/// whose cues to show, nor to log the answer against.
/// </summary>
public static class FrameworkQuestions
{
    /// <param name="frameworkId">Only this framework's; null for every framework's.</param>
    public static IReadOnlyList<Question> Of(StoryBank bank, string? frameworkId) =>
        All(bank, frameworkId).Where(q => q.Story is not null).Select(q => q.Question).ToList();

    /// <summary>How many questions the frameworks list that no story can answer yet.</summary>
    public static int Uncovered(StoryBank bank, string? frameworkId) =>
        All(bank, frameworkId).Count(q => q.Story is null);

    private static IEnumerable<(Question Question, Story? Story)> All(StoryBank bank, string? frameworkId)
    {
        var coverage = BankCoverage.Of(bank);
        foreach (var framework in bank.Frameworks.Where(f => frameworkId is null || f.Id == frameworkId))
        foreach (var principle in framework.Principles)
        {
            var covered = coverage.Find(framework.Id)?.Find(principle.Id);
            foreach (var (asked, n) in principle.Questions.Select((q, i) => (q, i + 1)))
            {
                var primary = asked.Primary ?? Choice(covered?.Primary);
                var story = primary is null ? null : bank.Stories.FirstOrDefault(s => s.Id == primary.Story.Id);
                var question = new Question
                {
                    // Not a file name: these ids are never written to the practice log, which names the story instead.
                    Id = $"{framework.Id}/{principle.Id}/{n}",
                    Ask = asked.Ask,
                    Principles =
                    [
                        new PrincipleLink(new SourceRef(framework.Id, default), [new SourceRef(principle.Id, default)]),
                    ],
                    Primary = primary ?? new StoryChoice(new SourceRef("", default)),
                    Backup = asked.Backup ?? Choice(covered?.Backup),
                    Angle = new QuestionAngle(asked.Why ?? principle.Emphasise, null, principle.Signals),
                    File = framework.File,
                };
                yield return (question, story);
            }
        }
    }

    private static StoryChoice? Choice(StoryPick? pick) =>
        pick is null ? null : new StoryChoice(new SourceRef(pick.Story.Id, default), pick.Weak);
}
