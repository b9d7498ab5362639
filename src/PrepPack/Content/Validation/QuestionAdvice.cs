using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>Warnings about the questions: each is answered, but its page or its telling would be weaker for
/// it.</summary>
internal static class QuestionAdvice
{
    public static void Run(
        IReadOnlyList<Question> questions,
        IReadOnlyList<Story> stories,
        IReadOnlyList<Framework> frameworks,
        PracticeBudgets budgets,
        DiagnosticBag diagnostics
    )
    {
        foreach (var question in questions)
        {
            if (frameworks.Count > 0 && question.Principles.Count == 0)
                diagnostics.Warning(
                    question.IdAt,
                    DiagnosticCodes.QuestionForNoFramework,
                    "The question names no framework under 'principles:', so no answers document includes it.",
                    $"Add a 'principles:' group, for example '{frameworks[0].Id}: "
                        + $"[{frameworks[0].Principles.FirstOrDefault()?.Id}]', or '{frameworks[0].Id}: []' for a "
                        + "question asked there without a principle."
                );
            if (stories.FirstOrDefault(s => s.Id == question.Primary.Story.Id) is not { } story)
                continue;
            ShowsAPrinciple(question, story, frameworks, diagnostics);
            WithinTime(question, story, budgets, diagnostics);
        }
    }

    /// <summary>PP0241: the story told shows none of the principles the question asks about in a framework.</summary>
    private static void ShowsAPrinciple(
        Question question,
        Story story,
        IReadOnlyList<Framework> frameworks,
        DiagnosticBag diagnostics
    )
    {
        foreach (var link in question.NotShownBy(story))
        {
            if (frameworks.FirstOrDefault(f => f.Id == link.Framework.Id) is not { } framework)
                continue;
            var names = string.Join(", ", link.Principles.Select(p => framework.Find(p.Id)?.Name ?? p.Id));
            diagnostics.Warning(
                question.Primary.Story.At,
                DiagnosticCodes.QuestionStoryShowsNoPrinciple,
                $"The story '{story.Id}' shows none of the principles this question asks about in {framework.Company} "
                    + $"({names}).",
                $"Tell a story that shows one, or, if it does, add it to the story's principles: '{framework.Id}: "
                    + $"[{link.Principles[0].Id}]'."
            );
        }
    }

    /// <summary>PP0223, for the parts the question tells in its own words: the whole answer as told here, at 150 words
    /// a minute.</summary>
    private static void WithinTime(Question question, Story story, PracticeBudgets budgets, DiagnosticBag diagnostics)
    {
        if (question.Script.IsEmpty)
            return;
        var time = StarTiming.Of(question.Told(story.Star));
        if (time.Whole <= budgets.Whole)
            return;
        diagnostics.Warning(
            question.At("script"),
            DiagnosticCodes.StarTimeBudget,
            $"Told for this question, the whole answer takes {SpeakingTime.Format(time.Whole)} to say at 150 words a "
                + $"minute, over the {SpeakingTime.Format(budgets.Whole)} budget (practice: whole).",
            "Shorten the parts the script rewrites, or leave out one the story already tells well."
        );
    }
}
