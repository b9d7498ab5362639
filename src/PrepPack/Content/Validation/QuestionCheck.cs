using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>Errors in the questions that need the whole bank: duplicate ids, and stories, frameworks and principles
/// that do not exist.</summary>
internal static class QuestionCheck
{
    public static void Run(
        IReadOnlyList<Question> questions,
        IReadOnlyList<Story> stories,
        IReadOnlyList<Framework> frameworks,
        UnreadFiles unread,
        DiagnosticBag diagnostics
    )
    {
        foreach (var group in questions.GroupBy(q => q.Id).Where(g => g.Count() > 1))
        foreach (var other in group.Skip(1))
            diagnostics.Error(
                other.IdAt,
                DiagnosticCodes.DuplicateQuestionId,
                $"The question id '{group.Key}' is already used by {group.First().File}.",
                "Give each question its own id, the same as its file name."
            );

        var storyIds = stories.Select(s => s.Id).Concat(unread.Stories).Distinct().ToList();
        foreach (var question in questions)
        {
            // A required story left out is reported where it is missing; an empty id here is that case.
            if (question.Primary.Story.Id.Length > 0)
                ReferenceCheck.CheckStory(question.Primary.Story, storyIds, "The question", diagnostics);
            if (question.Backup is { } backup)
                ReferenceCheck.CheckStory(backup.Story, storyIds, "The question's backup", diagnostics);
            foreach (var link in question.Principles.Where(l => !unread.Frameworks.Contains(l.Framework.Id)))
                ReferenceCheck.CheckPrinciples(link, frameworks, diagnostics);
        }
    }
}
