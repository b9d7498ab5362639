using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0222: a lesson that says nothing, on the card's lesson and the reflection: a saying anyone
/// could say, recognised by its idea (<see cref="Platitudes"/>: "at the end of the day, good
/// communication is what makes any team successful" as well as "communication is key") unless it
/// names what the candidate now does, when, or by how much; or a lesson under
/// <see cref="FewestWords"/> words.
/// </summary>
internal sealed partial class EmptyLesson : IStoryRule
{
    public const int FewestWords = 3;

    /// <summary>Sayings that fit every story word for word; <see cref="Platitudes"/> finds them reworded.</summary>
    public static readonly IReadOnlyList<string> Sayings =
    [
        "communication is key",
        "communication is important",
        "communication matters",
        "communicate early and often",
        "teamwork matters",
        "teamwork is key",
        "teamwork is important",
        "teamwork makes the dream work",
        "collaboration is key",
        "collaboration matters",
        "always be learning",
        "never stop learning",
        "keep learning",
        "learn from your mistakes",
        "learn from my mistakes",
        "learn from mistakes",
        "mistakes happen",
        "hard work pays off",
        "trust the process",
        "the customer comes first",
        "customer first",
        "put the customer first",
        "people matter",
        "people first",
        "quality matters",
        "details matter",
        "be proactive",
        "stay positive",
        "fail fast",
        "failure is a learning opportunity",
        "planning is important",
        "plan ahead",
        "listen more",
        "everything is a learning opportunity",
        "it is important to communicate",
        "it's important to communicate",
        "trust your team",
        "never give up",
    ];

    private static readonly HashSet<string> Normalised = Sayings.Select(Normalise).ToHashSet(StringComparer.Ordinal);

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        Check(story, "card.lesson", story.Card.Lesson, diagnostics);
        if (story.Star.Reflection is { } reflection)
            Check(story, "star.reflection", reflection, diagnostics);
    }

    private static void Check(Story story, string field, string lesson, DiagnosticBag diagnostics)
    {
        if (lesson.Length == 0)
            return;
        if (IsSaying(lesson))
            diagnostics.Warning(
                story.At(field),
                DiagnosticCodes.EmptyLesson,
                $"'{lesson}' in '{field}' is a saying that fits every story, so it tells the interviewer nothing "
                    + "about this one.",
                (
                    Platitudes.IdeaOf(lesson) is { } idea
                        ? $"Keep the idea ({idea}) but say what you now do differently because of this story: the "
                            + "practice, when you use it, or a figure, "
                        : "Say what you now do differently because of this story, "
                ) + "such as 'I agree metric definitions before building anything'."
            );
        else if (StoryText.Words(lesson) < FewestWords)
            diagnostics.Warning(
                story.At(field),
                DiagnosticCodes.EmptyLesson,
                $"'{lesson}' in '{field}' is too short to say what you learned.",
                "Say what you now do differently because of this story, and when."
            );
    }

    /// <summary>Whether the lesson is a saying that fits every story, word for word or reworded.</summary>
    public static bool IsSaying(string lesson) =>
        Normalised.Contains(Normalise(lesson)) || Platitudes.IsGeneric(lesson);

    public static string Normalise(string text)
    {
        var words = string.Join(' ', Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value));
        return LeadIn().Replace(words, "");
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();

    [GeneratedRegex(
        @"^(?:i (?:have |'ve )?learn(?:ed|t) (?:that )?|i've learn(?:ed|t) (?:that )?|the lesson (?:is|"
            + @"was) (?:that )?|lesson learned |my lesson (?:is|was) (?:that )?)"
    )]
    private static partial Regex LeadIn();
}
