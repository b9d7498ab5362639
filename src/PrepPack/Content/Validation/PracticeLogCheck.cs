using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>Errors in the practice log that need the whole bank: questions and stories it names that do not
/// exist.</summary>
internal static class PracticeLogCheck
{
    public static void Run(
        PracticeLog log,
        IReadOnlyList<Question> questions,
        IReadOnlyList<Story> stories,
        UnreadFiles unread,
        DiagnosticBag diagnostics
    )
    {
        var questionIds = questions.Select(q => q.Id).Concat(unread.Questions).Distinct().ToList();
        var storyIds = stories.Select(s => s.Id).Concat(unread.Stories).Distinct().ToList();
        foreach (var entry in log.Entries)
        {
            if (entry.Question is { } question && !questionIds.Contains(question.Id))
                diagnostics.Error(
                    question.At,
                    DiagnosticCodes.UnknownQuestion,
                    $"The practised answer names the question '{question.Id}', but there is no such question.",
                    // A question renamed or removed since: its practice still counts for the story it was told with.
                    ReferenceCheck.Suggest(question.Id, questionIds, "questions/<id>.yaml files")
                        + (
                            entry.Story is null
                                ? ""
                                : " Or remove the 'question:' line to keep the answer for its story alone."
                        )
                );
            if (entry.Story is { } story)
                ReferenceCheck.CheckStory(story, storyIds, "The practised answer", diagnostics);
        }
    }
}
