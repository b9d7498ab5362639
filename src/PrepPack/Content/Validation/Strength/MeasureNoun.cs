using static PrepPack.Content.Validation.Strength.Quantities;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// Tells a verb of change from the noun spelt the same way: "falls", "drops", "rises" and "cuts"
/// say a figure is a change in "churn falls 2% a month", but name what is measured in "Falls fell
/// 40%", "patient falls", "call drops were down" and "12 falls a month". Only the plural forms can
/// be such a noun: "fell" and "dropped" are always verbs, and "a drop" or "the rise" names the change
/// itself, not the thing that changed.
/// </summary>
internal static class MeasureNoun
{
    /// <summary>Whether token <paramref name="k"/> of the lower-cased tokens is a noun naming what is
    /// measured.</summary>
    public static bool Is(IReadOnlyList<string> tokens, int k)
    {
        var word = tokens[k];
        if (!Change.Contains(word) || !word.EndsWith('s'))
            return false;
        var previous = k > 0 ? tokens[k - 1] : "";
        var next = k + 1 < tokens.Count ? tokens[k + 1] : "";
        // "12 falls", "twelve drops": what the number counts.
        if (previous.Length > 0 && (char.IsDigit(previous[0]) || NumberWords.TwoToNinety.ContainsKey(previous)))
            return true;
        // Before another verb: "Falls fell 40%", "drops were down" ("churn falls down" is one verb).
        if (Change.Contains(next) && !next.EndsWith('s') && next is not ("down" or "up") || Linking.Contains(next))
            return true;
        // At the start, before a preposition, no subject is there for a verb: "Drops in attendance were 12%".
        // "Falls down 25%" as a headline, likewise.
        if (k == 0 && next is "in" or "of" or "on" or "at" or "across" or "for" or "down" or "up")
            return true;
        // After a word that only comes before a noun: "the falls", "patient falls".
        if (Before.Contains(previous) || IsPopulation(Stem(previous)))
            return true;
        // Straight before a figure it is the verb: "engagement rises 10%", "churn falls by 2 points".
        if (next.Length > 0 && (char.IsDigit(next[0]) || Figure.Contains(next) || Words.ContainsKey(next)))
            return false;
        // After a word that ends like an adjective: "serious falls", "monthly drops", unless a figure follows.
        return Period.ContainsKey(previous) || Adjective(previous);
    }

    // A word that ends like an adjective and is no verb of change itself: "unwitnessed", "serious", "recent".
    private static bool Adjective(string word) =>
        word.Length > 4
        && !Change.Contains(word)
        && !Stop.Contains(word)
        && AdjectiveEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndings = ["al", "ic", "ive", "ous", "ful", "ed", "ary", "ent", "ant"];

    // Words that start a figure after its verb: "by 2 points", "to 5%", "$3k".
    private static readonly HashSet<string> Figure =
    [
        "by",
        "to",
        "from",
        "$",
        "£",
        "€",
        "below",
        "under",
        "over",
        "above",
        "about",
        "around",
        "nearly",
        "almost",
    ];

    // Verbs that take the noun as their subject: "falls were 12 a month", "drops stayed high".
    private static readonly HashSet<string> Linking =
    [
        "was",
        "were",
        "is",
        "are",
        "have",
        "has",
        "had",
        "stayed",
        "remained",
        "per",
        "among",
    ];

    // Words after which only a noun follows: articles, possessives, prepositions, quantifiers.
    private static readonly HashSet<string> Before =
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "my",
        "his",
        "her",
        "these",
        "those",
        "of",
        "in",
        "on",
        "fewer",
        "more",
        "less",
        "no",
        "all",
        "any",
        "some",
        "many",
        "few",
        "total",
        "repeat",
        "major",
        "minor",
        "new",
        "with",
        "without",
    ];
}
