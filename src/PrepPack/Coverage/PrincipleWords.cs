using System.Text.RegularExpressions;

namespace PrepPack.Coverage;

/// <summary>
/// The words that carry a principle's meaning, reduced to stems so that "feedback" in Stripe's "Seek
/// feedback" meets Google's "Values feedback", "owner" meets "ownership" and "learn" meets
/// "learning". Short and common words ("and", "the", "with", "best") carry none.
/// </summary>
internal static partial class PrincipleWords
{
    private static readonly HashSet<string> Common =
    [
        "about",
        "after",
        "again",
        "also",
        "always",
        "around",
        "been",
        "before",
        "being",
        "best",
        "better",
        "both",
        "bring",
        "could",
        "does",
        "doing",
        "done",
        "each",
        "else",
        "even",
        "every",
        "example",
        "from",
        "further",
        "give",
        "good",
        "great",
        "have",
        "having",
        "here",
        "high",
        "highest",
        "into",
        "just",
        "like",
        "made",
        "make",
        "many",
        "more",
        "most",
        "much",
        "never",
        "once",
        "only",
        "other",
        "others",
        "over",
        "same",
        "should",
        "show",
        "some",
        "someone",
        "something",
        "such",
        "tell",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "things",
        "this",
        "those",
        "through",
        "time",
        "times",
        "under",
        "until",
        "very",
        "want",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "whom",
        "will",
        "with",
        "without",
        "would",
        "your",
        "yours",
        "describe",
        "story",
        "stories",
        "principle",
    ];

    // Longest first, so "ations" goes before "s"; a stem keeps at least four letters.
    private static readonly string[] Suffixes =
    [
        "ations",
        "ation",
        "ments",
        "ment",
        "ness",
        "ities",
        "ity",
        "ings",
        "ing",
        "ions",
        "ion",
        "ous",
        "ive",
        "ers",
        "er",
        "ied",
        "ies",
        "ed",
        "es",
        "ly",
        "s",
    ];

    /// <summary>The stems of the meaningful words of a text, each once.</summary>
    public static IReadOnlyList<string> Stems(string? text) =>
        text is null
            ? []
            : NotLetters()
                .Split(text.ToLowerInvariant())
                .Where(w => w.Length >= 4 && !Common.Contains(w))
                .Select(Stem)
                .Distinct()
                .ToList();

    /// <summary>How many stems of one list meet a stem of the other: equal, or one the start of the other.</summary>
    public static int Shared(IReadOnlyList<string> these, IReadOnlyList<string> those) =>
        these.Count(a =>
            those.Any(b => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal))
        );

    private static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 4)
                return word[..^suffix.Length];
        return word;
    }

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NotLetters();
}
