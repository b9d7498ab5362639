using System.Text.RegularExpressions;

namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// Recognises a lesson that is a platitude by its idea rather than its wording: "At the end of
/// the day, good communication is what makes any team successful" is the same saying as
/// "communication is key". A lesson is generic when it carries one of the common ideas
/// (communication, teamwork, learning and growth, hard work, "the importance of", always or
/// never with a verb that fits anything) and too little of its own to be specific: a figure, what
/// the candidate now does, or the condition that triggers it.
/// </summary>
internal static partial class Platitudes
{
    /// <summary>What makes a lesson specific, each worth points; <see cref="SpecificAt"/> points pass it.</summary>
    public const int SpecificAt = 2;

    /// <summary>The idea the lesson voices ("communication"), or null when it voices none of the common ones.</summary>
    public static string? IdeaOf(string lesson)
    {
        var text = Clean(lesson);
        foreach (var (idea, pattern) in Ideas)
            if (pattern.IsMatch(text))
                return idea;
        return null;
    }

    /// <summary>Whether the lesson is a platitude: a common idea with nothing of the story's own.</summary>
    public static bool IsGeneric(string lesson) => IdeaOf(lesson) is not null && Specificity(lesson) < SpecificAt;

    /// <summary>
    /// Points for what only this story could say: a figure (2), a practice in the present told as
    /// "I now …" (2), a condition or trigger ("before", "when", "every", "instead of": 1 each,
    /// counted once per kind), a reason ("because", "so I": 1).
    /// </summary>
    public static int Specificity(string lesson)
    {
        var text = Clean(lesson);
        var points = 0;
        if (Figures.Any(lesson))
            points += 2;
        if (NowPractice().IsMatch(text))
            points += 2;
        points += Trigger().Matches(text).Select(m => m.Value).Distinct().Count();
        if (Reason().IsMatch(text))
            points += 1;
        return points;
    }

    private static string Clean(string text) => Spaces().Replace(text.ToLowerInvariant().Replace('’', '\''), " ");

    private static readonly (string Idea, Regex Pattern)[] Ideas =
    [
        ("communication", Communication()),
        ("teamwork", Teamwork()),
        ("learning and growth", LearningAndGrowth()),
        ("hard work", HardWork()),
        ("the importance of something", Importance()),
        ("always or never", AlwaysOrNever()),
        ("a virtue", Virtue()),
        ("listening to customers", Customers()),
        ("data over opinion", DataOverOpinion()),
    ];

    // Made when the program is built, not when it runs: a build that checks one lesson does not wait for seven
    // patterns to be compiled.
    [GeneratedRegex(
        @"\b(?:over-?|under-?|clear |good |open |better |constant )?communicat\w*",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Communication();

    [GeneratedRegex(
        @"\bteam ?work\b|\bwork(?:ing|ed)? (?:\w+ )?together\b|\bcollaborat\w*|\bit takes a team\b|"
            + @"\bno one (?:succeeds|wins|does it) alone\b|\btrust (?:is|your team|the team)\b|"
            + @"\bit'?s all about the people\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Teamwork();

    [GeneratedRegex(
        @"\b(?:never stop|keep|always be|kept) (?:learning|growing|improving)\b|\blearn(?:ed|t|ing)? (?:a lot|"
            + @"so much|and grow|from (?:my |your |our )?(?:mistakes|failures?))\b|\b(?:learning|"
            + @"growth) (?:opportunit|experience)\w*|\b(?:opportunit\w*|chance) to (?:learn|grow|improve)\b|"
            + @"\bevery (?:challenge|setback|failure|mistake|problem) is\b|\bgrew (?:as|a lot)\b|"
            + @"\bgrow(?:ing)? as (?:a|an)\b|\btaught me (?:so much|a lot|the value|about myself|"
            + @"a valuable)\b|\bstay curious\b|\bkeep growing\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex LearningAndGrowth();

    [GeneratedRegex(
        @"\bhard work\b|\bpersisten\w*|\bdetermination\b|\bdedication\b|\bnever give up\b|\bkeep (?:pushing|"
            + @"going|trying)\b|\bpays? off\b|\bgrit\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex HardWork();

    [GeneratedRegex(
        @"\b(?:the )?(?:importance|value) of\b|\bhow important\b|\b(?:is|are|was|were) (?:really |so |very |"
            + @"extremely |absolutely |always |also )?(?:key|important|essential|crucial|vital|critical|"
            + @"everything|paramount|invaluable)\b|\b(?:matters?|counts?) (?:most|more than|just as much)\b|"
            + @"\bmatters?\.?$|\bcannot be overstated\b|\bit(?:'s| is) (?:really |so |very |"
            + @"always )?(?:important|essential|crucial|vital|key|critical|worth)\b|\bthe key (?:is|to)\b|"
            + @"\bis the key\b|\bat the end of the day\b|\bwhat (?:really )?(?:matters|makes)\b|"
            + @"\bit'?s all about\b|\bmakes the dream work\b|\b(?:the )?(?:most important|greatest|biggest|"
            + @"most valuable) (?:thing|skill|lesson|part|asset|resource)\b|\bgoes? a long way\b|"
            + @"\bin the long run\b|\b(?:is|are) (?:a gift|our greatest|the foundation|the backbone)\b|"
            + @"\bteam effort\b|\bcan(?:'t|not| never) (?:\w+ )?enough\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Importance();

    [GeneratedRegex(
        @"^(?:i (?:will |should )?|you should |you must |we should )?(?:always|never) (?:be|keep|stay|stop|"
            + @"give up|assume|ask|put|listen|trust|remember|try|communicate|learn|do|follow up|take|look|"
            + @"think|underestimate)\b|\b(?:always|never) (?:be|stay) \w+\b|\bnever assume\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex AlwaysOrNever();

    [GeneratedRegex(
        @"\b(?:be|being|to be|more) (?:more )?(?:proactive|patient|flexible|adaptable|positive|transparent|"
            + @"humble|resilient|open-minded|organi[sz]ed|understanding)\b|\bsoft skills\b|"
            + @"\btime management\b|\battention to detail\b|\bstakeholder management\b|\bstay positive\b|"
            + @"\bleadership is about\b|\b(?:customers?|users?|patients?|students?|clients?|"
            + @"people) (?:always )?(?:first|comes? first)\b|\bpreparation\b|\bplan(?:ning)? ahead\b|"
            + @"\bfail fast\b|\bmistakes (?:happen|are)\b|\bdon'?t be afraid to\b|\b(?:be |"
            + @"stay )?open to (?:feedback|change|new ideas)\b|\bstep out of (?:my|your) comfort zone\b|"
            + @"\bthink outside the box\b|\bgo the extra mile\b|\blisten(?:ing)? (?:more|to (?:others|"
            + @"everyone|people|your team))\b|\bbuilds? trust\b|\bcan'?t please everyone\b|"
            + @"\bcelebrate (?:small |the )?wins\b|\bchange is (?:hard|difficult|inevitable|constant|"
            + @"the only constant|good|never easy)\b|\b(?:honesty|integrity|transparency) is\b|"
            + @"\bis (?:always )?the best policy\b|\banything is possible\b|\bthe sky'?s the limit\b|"
            + @"\bask(?:ing)? for help\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Virtue();

    [GeneratedRegex(
        @"\blisten(?:ing)? (?:closely |carefully )?to (?:your |the |our )?(?:customers?|users?|clients?)\b|"
            + @"\bthe customer is (?:always right|king)\b|\bknow (?:your|the) (?:customer|user)s?\b|"
            + @"\b(?:customers?|users?|clients?) (?:know best|are always right)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Customers();

    [GeneratedRegex(
        @"\bdata (?:beats|over|trumps|wins over|is better than) (?:opinions?|gut|intuition|feelings?|guesses)\b|"
            + @"\blet the (?:data|numbers) (?:speak|decide|guide|talk)\b|"
            + @"\b(?:numbers|data) (?:don'?t|never) lie\b|\bdata-driven (?:decisions? )?(?:is|are) (?:better|key)\b",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex DataOverOpinion();

    // "I now write…", "now I ask…", "I start every…": a practice the candidate keeps today.
    [GeneratedRegex(
        @"\bi now \w+|\bnow,? i \w+|\bi (?:start|write|run|book|send|ask|check|put|keep|test|read|pair|give|price|"
            + @"delete|measure|schedule|agree|reconcile|freeze|retrain|tie|map|call|review|track|set|get|use|make|"
            + @"hold|share|log|record|draft|plan|list|name|block|budget|limit|cap) (?:every|each|a|an|the|one|my|our|"
            + @"any|it|them|what|who|one)\b"
    )]
    private static partial Regex NowPractice();

    // Conditions and triggers that tie a practice to a moment.
    [GeneratedRegex(
        @"\b(?:before|after|when|whenever|if|until|unless|within|instead of|rather than|every|each|first|by day|per)\b"
    )]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\bbecause\b|\bso i\b|\bsince\b")]
    private static partial Regex Reason();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
