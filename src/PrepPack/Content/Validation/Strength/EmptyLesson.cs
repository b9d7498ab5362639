using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// PP0222: a lesson that says nothing. Two plain checks, on the card's lesson and the reflection: a
/// lesson from the list of sayings anyone could say (compared in lower case, without punctuation,
/// and without a leading "I learned that"), or one under <see cref="FewestWords"/> words.
/// </summary>
internal sealed partial class EmptyLesson : IStoryRule
{
    public const int FewestWords = 3;

    /// <summary>Sayings that fit every story, and so tell the interviewer nothing about this one.</summary>
    public static readonly IReadOnlyList<string> Sayings =
    [
        "communication is key", "communication is important", "communication matters", "communicate early and often",
        "teamwork matters", "teamwork is key", "teamwork is important", "teamwork makes the dream work",
        "collaboration is key", "collaboration matters", "always be learning", "never stop learning", "keep learning",
        "learn from your mistakes", "learn from my mistakes", "learn from mistakes", "mistakes happen",
        "hard work pays off", "trust the process", "the customer comes first", "customer first", "put the customer first",
        "people matter", "people first", "quality matters", "details matter", "be proactive", "stay positive",
        "fail fast", "failure is a learning opportunity", "planning is important", "plan ahead", "listen more",
        "everything is a learning opportunity", "it is important to communicate", "it's important to communicate", "trust your team", "never give up",
    ];

    private static readonly HashSet<string> Normalised = Sayings.Select(Normalise).ToHashSet(StringComparer.Ordinal);

    public void Check(Story story, StrengthContext context, DiagnosticBag diagnostics)
    {
        Check(story, "card.lesson", story.Card.Lesson, diagnostics);
        if (story.Star.Reflection is { } reflection) Check(story, "star.reflection", reflection, diagnostics);
    }

    private static void Check(Story story, string field, string lesson, DiagnosticBag diagnostics)
    {
        if (lesson.Length == 0) return;
        var said = Normalise(lesson);
        if (Normalised.Contains(said))
            diagnostics.Warning(story.At(field), DiagnosticCodes.EmptyLesson,
                $"'{lesson}' in '{field}' is a saying that fits every story, so it tells the interviewer nothing about this one.",
                "Say what you now do differently because of this story, such as 'I agree metric definitions before building anything'.");
        else if (StoryText.Words(lesson) < FewestWords)
            diagnostics.Warning(story.At(field), DiagnosticCodes.EmptyLesson,
                $"'{lesson}' in '{field}' is too short to say what you learned.",
                "Say what you now do differently because of this story, and when.");
    }

    public static string Normalise(string text)
    {
        var words = string.Join(' ', Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value));
        return LeadIn().Replace(words, "");
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:i (?:have |'ve )?learn(?:ed|t) (?:that )?|i've learn(?:ed|t) (?:that )?|the lesson (?:is|was) (?:that )?|lesson learned |my lesson (?:is|was) (?:that )?)")]
    private static partial Regex LeadIn();
}
