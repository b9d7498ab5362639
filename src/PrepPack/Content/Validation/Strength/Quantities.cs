using System.Text.RegularExpressions;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// Reads the quantities a line of story text states: percentages, money ("$1.2M", "£48,000",
/// "1.5 million dollars"), durations ("6 weeks", "800 ms", "a 15-minute drill") and counts of a
/// noun ("12 engineers", "a 28-bed ward", "a team of 12"), in digits or in words. Numbers that
/// name rather than measure are left out: years, dates, times of day, ordinals, versions, ids
/// ("Year 4", "Q3", "p95", "v2"), fractions ("11 / 14", "50/50"), multipliers ("3x") and parts of
/// a whole ("11 of the 14"). Each quantity gets its role from the words around it (see
/// <see cref="QuantityRole"/>) or, failing those, from the field it is in.
/// </summary>
internal static partial class Quantities
{
    public static List<Quantity> Read(string field, string text, QuantityRole byField)
    {
        var found = new List<Quantity>();
        var pairs = 0;
        foreach (Match sentence in Sentence().Matches(text))
            new QuantityReader(field, sentence.Value, sentence.Index, byField, found, () => ++pairs).Run();
        return found;
    }

    /// <summary>The role a field gives a figure that has no words saying otherwise.</summary>
    public static QuantityRole RoleOf(string field) =>
        field switch
        {
            "card.context" or "star.situation" => QuantityRole.Before,
            "card.task" or "star.task" => QuantityRole.Target,
            // A lesson or reflection states a practice for next time ("I now pilot with two teachers"), not what
            // happened.
            "card.lesson" or "star.reflection" => QuantityRole.Target,
            "card.result" or "star.result" or "highlight" => QuantityRole.After,
            _ when field.StartsWith("numbers[", StringComparison.Ordinal)
                    || field.StartsWith("tmay", StringComparison.Ordinal) => QuantityRole.After,
            _ => QuantityRole.Plain,
        };

    /// <summary>A word cut to its stem, so "savings", "saved" and "saving" compare equal.</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant().Replace("’", "'");
        if (w.EndsWith("'s", StringComparison.Ordinal))
            w = w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
            w = w[..^3] + "y";
        else if (
            w.Length > 3
            && w.EndsWith('s')
            && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal)
        )
            w = w[..^1];
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
            w = w[..^3];
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            w = w[..^2];
        if (w.Length > 3 && w.EndsWith('e'))
            w = w[..^1];
        return Synonyms.GetValueOrDefault(w, w);
    }

    /// <summary>Whether a stem names who a figure is about rather than what ("customers", "staff").</summary>
    public static bool IsPopulation(string stem) => Populations.Contains(stem);

    /// <summary>"9 points": a change in percentage points, told against a before and after in percent.</summary>
    public static bool IsPoints(QuantityKind kind, string unit) => kind == QuantityKind.Count && unit == "point";

    // Words people use in turn for one measure: "spend" on the card, "cloud bill" in the numbers.
    internal static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["spend"] = "cost",
        ["spent"] = "cost",
        ["bill"] = "cost",
        ["expens"] = "cost",
        ["expense"] = "cost",
        ["outgo"] = "cost",
        ["sale"] = "revenu",
        ["arr"] = "revenu",
        ["booking"] = "revenu",
        ["incom"] = "revenu",
        ["attendanc"] = "attend",
        ["attende"] = "attend",
        ["attendee"] = "attend",
        ["wait"] = "wait",
        ["waiting"] = "wait",
        ["delay"] = "wait",
        ["headcount"] = "people",
        ["hir"] = "hire",
    };

    internal static double? Scale(string token, bool money) =>
        token switch
        {
            "k" or "K" => 1e3,
            "M" or "mn" or "million" => 1e6,
            "m" when money => 1e6,
            "B" or "bn" or "billion" => 1e9,
            "thousand" => 1e3,
            _ => null,
        };

    internal static bool Money(string word) =>
        word is "dollars" or "dollar" or "pounds" or "euros" or "euro" or "usd" or "gbp" or "eur";

    internal static string CurrencyOf(string word) =>
        word switch
        {
            "dollars" or "dollar" or "usd" => "$",
            "pounds" or "gbp" => "£",
            _ => "€",
        };

    internal static readonly Dictionary<string, double> Words = new(NumberWords.TwoToNinety, StringComparer.Ordinal)
    {
        ["a"] = 1,
        ["an"] = 1,
        ["one"] = 1,
        ["dozen"] = 12,
        ["zero"] = 0,
    };

    internal static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["ms"] = 0.001,
        ["millisecond"] = 0.001,
        ["milliseconds"] = 0.001,
        ["s"] = 1,
        ["sec"] = 1,
        ["secs"] = 1,
        ["second"] = 1,
        ["seconds"] = 1,
        ["min"] = 60,
        ["mins"] = 60,
        ["minute"] = 60,
        ["minutes"] = 60,
        ["h"] = 3_600,
        ["hr"] = 3_600,
        ["hrs"] = 3_600,
        ["hour"] = 3_600,
        ["hours"] = 3_600,
        ["d"] = 86_400,
        ["day"] = 86_400,
        ["days"] = 86_400,
        ["wk"] = 604_800,
        ["wks"] = 604_800,
        ["week"] = 604_800,
        ["weeks"] = 604_800,
        ["fortnight"] = 1_209_600,
        ["month"] = 2_629_800,
        ["months"] = 2_629_800,
        ["quarter"] = 7_889_400,
        ["quarters"] = 7_889_400,
        ["yr"] = 31_557_600,
        ["yrs"] = 31_557_600,
        ["year"] = 31_557_600,
        ["years"] = 31_557_600,
    };

    internal static readonly Dictionary<string, double> Period = new(StringComparer.Ordinal)
    {
        ["annually"] = 1,
        ["yearly"] = 1,
        ["monthly"] = 12,
        ["weekly"] = 52,
        ["daily"] = 365,
        ["quarterly"] = 4,
    };

    internal static readonly HashSet<string> OneUnitAfter =
    [
        "from",
        "to",
        "for",
        "in",
        "within",
        "took",
        "takes",
        "take",
        "over",
        "after",
        "than",
        "about",
        "nearly",
        "almost",
        "around",
        "just",
        "only",
        "spent",
        "was",
        "were",
        "whole",
        "full",
        "lasted",
    ];

    internal static readonly HashSet<string> Identifiers =
    [
        "year",
        "grade",
        "phase",
        "sprint",
        "tier",
        "step",
        "stage",
        "version",
        "release",
        "week",
        "day",
        "q",
        "h",
        "fy",
        "room",
        "ward",
        "floor",
        "chapter",
        "page",
        "round",
        "wave",
        "band",
        "cohort",
        "batch",
        "series",
        "gen",
        "generation",
        "ks",
        "section",
        "item",
        "iteration",
        "milestone",
        "priority",
        "p",
        "v",
        "iso",
        "bay",
        "gate",
        "platform",
        "route",
        "lane",
        "building",
        "block",
        "unit",
        "level",
        "python",
        "java",
        "ios",
        "android",
        "windows",
        "net",
        "node",
        "rank",
        "ranked",
        "#",
        "no.",
        "figure",
        "table",
        "line",
        "module",
        "key",
    ];

    internal static readonly HashSet<string> Months =
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];

    internal static readonly HashSet<string> Plurals =
    [
        "people",
        "staff",
        "children",
        "men",
        "women",
        "personnel",
        "feet",
        "teeth",
        "mice",
        "data",
        "media",
        "criteria",
    ];

    internal static readonly HashSet<string> Groups =
    [
        "team",
        "teams",
        "group",
        "groups",
        "class",
        "crew",
        "squad",
        "pod",
        "staff",
        "department",
        "cohort",
        "panel",
        "committee",
        "unit",
    ];

    internal static readonly HashSet<string> Populations =
    [
        "customer",
        "user",
        "patient",
        "people",
        "staff",
        "team",
        "student",
        "pupil",
        "client",
        "member",
        "employe",
        "person",
    ];

    internal static readonly HashSet<string> Conjunctions =
    [
        "and",
        "but",
        "while",
        "whereas",
        "which",
        "so",
        "then",
        "because",
        "when",
        "until",
        "with",
        "without",
        "after",
        "before",
        "though",
        "although",
        "whilst",
    ];

    // Words that say a figure is a goal, a limit or a budget, not what happened.
    internal static readonly HashSet<string> TargetWords =
    [
        "target",
        "targets",
        "goal",
        "goals",
        "aim",
        "aimed",
        "aiming",
        "asked",
        "wanted",
        "want",
        "budget",
        "limit",
        "deadline",
        "brief",
        "objective",
        "needed",
        "required",
        "must",
        "hoped",
        "planned",
        "allowed",
    ];

    // Words that say the figure is a change when it follows them ("cut churn 30%", "fell by 35%").
    internal static readonly HashSet<string> Change =
    [
        "cut",
        "cuts",
        "reduced",
        "reduce",
        "reducing",
        "fell",
        "fall",
        "falls",
        "dropped",
        "drop",
        "drops",
        "rose",
        "rise",
        "rises",
        "grew",
        "grow",
        "increased",
        "increase",
        "decreased",
        "decrease",
        "improved",
        "improve",
        "lowered",
        "raised",
        "climbed",
        "jumped",
        "halved",
        "doubled",
        "tripled",
        "shortened",
        "lifted",
        "boosted",
        "slashed",
        "down",
        "up",
        "declined",
        "shrank",
        "gained",
        "went",
        "came",
    ];

    // Words that say the figure before them is a change ("30% fewer", "a 57% cut", "2 hours less").
    internal static readonly HashSet<string> ChangeAfter =
    [
        "lower",
        "higher",
        "less",
        "fewer",
        "more",
        "faster",
        "slower",
        "cheaper",
        "quicker",
        "shorter",
        "longer",
        "sooner",
        "earlier",
        "cut",
        "drop",
        "reduction",
        "decrease",
        "increase",
        "rise",
        "lift",
        "gain",
        "growth",
        "improvement",
        "jump",
        "fall",
        "decline",
        "uplift",
        "up",
        "down",
        "better",
        "worse",
        "off",
        "smaller",
        "bigger",
        "relative",
    ];

    internal static readonly HashSet<string> Stop =
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "i",
        "we",
        "our",
        "my",
        "me",
        "us",
        "you",
        "your",
        "they",
        "their",
        "them",
        "he",
        "she",
        "his",
        "her",
        "all",
        "each",
        "every",
        "any",
        "some",
        "most",
        "least",
        "than",
        "then",
        "so",
        "over",
        "under",
        "about",
        "around",
        "into",
        "out",
        "only",
        "just",
        "also",
        "still",
        "now",
        "today",
        "after",
        "before",
        "within",
        "while",
        "when",
        "which",
        "who",
        "what",
        "how",
        "new",
        "first",
        "last",
        "next",
        "per",
        "no",
        "not",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "had",
        "has",
        "have",
        "did",
        "do",
        "does",
        "got",
        "get",
        "made",
        "make",
        "took",
        "take",
        "takes",
        "stood",
        "sat",
        "held",
        "kept",
        "keep",
        "ran",
        "run",
        "there",
        "here",
        "across",
        "between",
        "through",
        "time",
        "times",
        "total",
        "number",
        "average",
        "overall",
        "both",
        "once",
        "twice",
        "again",
        "can",
        "could",
        "would",
        "should",
        "will",
        "may",
        "might",
        "own",
        "same",
        "other",
        "another",
        "such",
        "very",
        "much",
        "many",
        "where",
        "rate",
        "level",
        "amount",
        "value",
        "worth",
        "stayed",
        "ended",
        "end",
        "reached",
        "hit",
        "back",
        "away",
        "even",
        "ever",
        "too",
        "less",
        "more",
        "year",
        "month",
        "week",
        "day",
        "alone",
        "together",
        "one",
        "ones",
        "those",
        "since",
        "until",
        "up",
        "down",
        "off",
        "whole",
        "left",
        "right",
        "almost",
        "well",
        "if",
        "via",
        "instead",
        "against",
        "since",
        "during",
        "without",
        "like",
        "later",
        "early",
        "old",
        "am",
        "pm",
        "etc",
        "i'm",
        "i've",
        "we've",
        "it's",
    ];

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)?|->|\S")]
    internal static partial Regex TokenPattern();

    // A sentence ends at . ! ? ; or a line break, not at the point of "1.5".
    [GeneratedRegex(@"(?:[^.!?;\n]|\.(?=\d))+[.!?;]?")]
    private static partial Regex Sentence();
}
