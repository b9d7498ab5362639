using System.Text.RegularExpressions;
using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>
/// PP0266: two stories that tell the same thing in nearly the same words, such as a story copied to
/// start another and never rewritten, or one project written up twice. The pack prints both and
/// coverage counts them as two, so a principle looks backed by two stories when it has one.
/// </summary>
internal static partial class StoriesAlike
{
    /// <summary>At or above this share of their words in common, two stories are one told twice. Distinct
    /// stories of one candidate share under a quarter; a copy reworded here and there shares over half.</summary>
    public const double Limit = 0.5;

    /// <summary>Stories told in fewer words than this share them by chance, so they are not compared.</summary>
    public const int FewestWords = 20;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the",
        "and",
        "for",
        "with",
        "that",
        "this",
        "from",
        "into",
        "was",
        "were",
        "had",
        "have",
        "has",
        "our",
        "their",
        "them",
        "they",
        "then",
        "than",
        "but",
        "not",
        "all",
        "any",
        "each",
        "its",
        "his",
        "her",
        "him",
        "she",
        "you",
        "your",
        "who",
        "what",
        "when",
        "which",
        "while",
        "would",
        "could",
        "should",
        "about",
        "after",
        "before",
        "over",
        "under",
        "only",
        "also",
        "very",
        "more",
        "most",
        "some",
        "such",
        "just",
        "one",
        "two",
    };

    public static void Run(IReadOnlyList<Story> stories, DiagnosticBag diagnostics)
    {
        var words = stories.Select(Words).ToList();
        for (var later = 1; later < stories.Count; later++)
        for (var earlier = 0; earlier < later; earlier++)
        {
            var (a, b) = (words[earlier], words[later]);
            // Two files with one id are an error of their own (PP0106).
            if (a.Count < FewestWords || b.Count < FewestWords || stories[earlier].Id == stories[later].Id)
                continue;
            var shared = a.Count(b.Contains);
            var share = (double)shared / (a.Count + b.Count - shared);
            if (share < Limit)
                continue;
            diagnostics.Warning(
                stories[later].IdAt,
                DiagnosticCodes.StoriesAlike,
                $"'{stories[later].Id}' tells the same story as '{stories[earlier].Id}' "
                    + $"({Path.GetFileName(stories[earlier].File)}): {Math.Round(100 * share)}% of their words are "
                    + "the same. The pack prints it twice, and coverage counts it as two stories.",
                "Keep one and delete the other, or, if they are two stories, tell each in its own words."
            );
            break;
        }
    }

    // The words the candidate says of the story (card and STAR answer), each cut to a rough stem so that
    // "phoned" and "phone", "slots" and "slot" count as one.
    private static HashSet<string> Words(Story story)
    {
        var text = string.Join(
            ' ',
            [
                story.Card.Context,
                story.Card.Task,
                story.Card.Action1,
                story.Card.Action2,
                story.Card.Result,
                story.Card.Lesson,
                story.Star.Situation,
                story.Star.Task,
                .. story.Star.Actions,
                story.Star.Result,
            ]
        );
        return Word()
            .Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length >= 3 && !Common.Contains(w))
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s"])
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3)
                return word[..^ending.Length];
        return word;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
