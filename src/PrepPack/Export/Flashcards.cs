using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Coverage;

namespace PrepPack.Export;

/// <summary>The story bank as flashcards, one per story, in the bank's order.</summary>
public static class Flashcards
{
    /// <param name="date">SOURCE_DATE_EPOCH, the date of every card when set; else each story file's date.</param>
    public static IReadOnlyList<Flashcard> Of(StoryBank bank, DateTime? date = null)
    {
        var coverage = BankCoverage.Of(bank);
        return bank
            .Stories.Select(story => new Flashcard(
                story,
                Questions(story, bank, coverage),
                Back(story.Card),
                date
                    ?? new DateTime(
                        File.GetLastWriteTimeUtc(story.File).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond,
                        DateTimeKind.Utc
                    )
            ))
            .ToList();
    }

    /// <summary>
    /// The questions a story answers: the question files that tell it (primary or backup), those of the
    /// interview themes it is tagged with, then, for each
    /// framework, the practice questions chosen for it and those of the principles it is told for
    /// (it shows the principle, or is its primary or backup) that are not chosen for another story.
    /// </summary>
    public static IReadOnlyList<CardQuestion> Questions(Story story, StoryBank bank, BankCoverage coverage)
    {
        // The user's own questions first: the bank says this story is told for them.
        var questions = bank
            .Questions.Where(q => q.Primary.Story.Id == story.Id || q.Backup?.Story.Id == story.Id)
            .Select(q => new CardQuestion(q.Ask, null))
            .Concat(
                InterviewTheme
                    .All.Where(t => t.AnsweredBy(story.Themes, story.IsFailure))
                    .Select(t => new CardQuestion(t.Question, null))
            )
            .ToList();
        foreach (var framework in coverage.Frameworks)
        foreach (var principle in framework.Principles)
        {
            var toldFor =
                story.Shows(framework.Framework.Id, principle.Principle.Id)
                || principle.Picks.Any(p => p.Story.Id == story.Id);
            var from = $"{framework.Framework.Company}: {principle.Principle.Name}";
            foreach (var question in principle.Principle.Questions)
            {
                var chosen = new[] { question.Primary, question.Backup }
                    .OfType<StoryChoice>()
                    .Select(c => c.Story.Id)
                    .ToList();
                if (chosen.Contains(story.Id) || (toldFor && chosen.Count == 0))
                    questions.Add(new CardQuestion(question.Ask, from));
            }
        }
        return questions.DistinctBy(q => q.Ask.Trim()).ToList();
    }

    public static IReadOnlyList<CardLine> Back(StoryCard card) =>
        [
            new("Context", card.Context),
            new("Task", card.Task),
            new("Action 1", card.Action1),
            new("Action 2", card.Action2),
            new("Result", card.Result),
            new("Lesson", card.Lesson),
        ];
}
