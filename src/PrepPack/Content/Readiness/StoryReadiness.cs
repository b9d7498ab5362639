using System.Runtime.CompilerServices;
using PrepPack.Content.Model;
using PrepPack.Content.Validation.Strength;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Whether one story is ready to tell: a figure in its result, follow-ups prepared, a telling inside
/// the whole-answer budget, and nothing else the story strength checks would change. The one rule
/// of "ready" in PrepPack: the story's own page, the readiness page, the cheat sheet, coverage and
/// <c>check</c> all ask this.
/// </summary>
/// <param name="ToFix">What the strength warnings ask for besides the three facts, each said once.</param>
public sealed record StoryReadiness(
    bool HasMetric,
    int FollowUps,
    int Seconds,
    int WholeBudget,
    IReadOnlyList<string> ToFix
)
{
    public bool WithinTime => Seconds <= WholeBudget;
    public bool Ready => HasMetric && FollowUps > 0 && WithinTime && ToFix.Count == 0;

    /// <summary>What the story still needs besides a shorter telling, a few words each: "a figure in its result",
    /// "follow-ups", then <see cref="ToFix"/>.</summary>
    public IReadOnlyList<string> Needs =>
        [
            .. HasMetric ? Array.Empty<string>() : ["a figure in its result"],
            .. FollowUps > 0 ? Array.Empty<string>() : ["follow-ups"],
            .. ToFix,
        ];

    /// <summary>How far the story is from ready: one for each thing it needs, and one for a telling over the
    /// budget.</summary>
    public int Shortfalls => Needs.Count + (WithinTime ? 0 : 1);

    /// <summary>What the story lacks, said of it by id: "invoices takes 5:12 (budget 2:00) and needs
    /// follow-ups".</summary>
    public string Lacks(string id)
    {
        var needs = Needs;
        if (WithinTime)
            return $"{id} needs {PlainList.And(needs)}";
        var over = $"{id} takes {SpeakingTime.Format(Seconds)} (budget {SpeakingTime.Format(WholeBudget)})";
        return needs.Count == 0 ? over : $"{over} and needs {PlainList.And(needs)}";
    }

    /// <summary>The same of a story offered instead, with its time: "phi-vendor (1:19) needs only a figure in its
    /// result".</summary>
    public string LacksOnly(string id)
    {
        var needs = Needs;
        if (!WithinTime)
            return Lacks(id);
        return needs.Count == 1
            ? $"{id} ({SpeakingTime.Format(Seconds)}) needs only {needs[0]}"
            : $"{id} ({SpeakingTime.Format(Seconds)}) needs {PlainList.And(needs)}";
    }

    /// <summary>The words that say what "ready" means, the same on every output.</summary>
    public static string Meaning(int wholeBudget) =>
        $"A story is ready when its result has a figure, its follow-ups are prepared, it takes at most "
        + $"{SpeakingTime.Format(wholeBudget)} to tell and the story checks find nothing else to fix.";

    // Asked by the readiness page, coverage and each story's page: worked out once per story and what it is read with.
    private static readonly ConditionalWeakTable<
        Story,
        StrongBox<(
            PracticeBudgets Budgets,
            bool Frameworks,
            IReadOnlyList<Highlight> Highlights,
            StoryReadiness Readiness
        )>
    > Known = new();

    /// <summary>A story read with these budgets and frameworks, and the profile's "tell me about yourself"
    /// highlights, whose figures must agree with the story they tell.</summary>
    public static StoryReadiness Of(
        Story story,
        PracticeBudgets budgets,
        bool hasFrameworks,
        IReadOnlyList<Highlight> highlights
    )
    {
        if (
            Known.TryGetValue(story, out var known)
            && known.Value.Budgets == budgets
            && known.Value.Frameworks == hasFrameworks
            && ReferenceEquals(known.Value.Highlights, highlights)
        )
            return known.Value.Readiness;
        var readiness = Compute(story, new StrengthContext(budgets, hasFrameworks) { Highlights = highlights });
        Known.AddOrUpdate(story, new((budgets, hasFrameworks, highlights, readiness)));
        return readiness;
    }

    /// <summary>A story of a bank, read with the bank's budgets, frameworks and profile.</summary>
    public static StoryReadiness Of(Story story, StoryBank bank) =>
        Of(story, bank.Profile.Practice, bank.Frameworks.Count > 0, bank.Profile.Tmay.Highlights);

    /// <summary>A story has a metric when its result says a figure.</summary>
    public static bool HasFigure(Story story) => Figures.Any(story.Star.Result) || Figures.Any(story.Card.Result);

    private static StoryReadiness Compute(Story story, StrengthContext context)
    {
        var budgets = context.Budgets;
        var metric = HasFigure(story);
        var timing = StarTiming.Of(story.Star);
        var toFix = new List<string>();
        foreach (var warning in StoryStrength.Of(story, context))
        {
            if (warning.Code == DiagnosticCodes.StarTimeBudget)
                continue;
            if (Fix(warning.Code, metric) is { } fix && !toFix.Contains(fix))
                toFix.Add(fix);
        }
        toFix.AddRange(Parts(timing, budgets));
        return new StoryReadiness(metric, story.FollowUps.Count, timing.Whole, budgets.Whole, toFix);
    }

    // The metric, the follow-ups and the whole time are facts of the line; everything else is said here.
    private static string? Fix(string code, bool metric) =>
        code switch
        {
            DiagnosticCodes.ResultWithoutNumber => metric ? "a figure in each result" : null,
            DiagnosticCodes.NoKeyNumbers => "key numbers to say",
            DiagnosticCodes.NoPrinciples => "a principle it shows",
            DiagnosticCodes.CardBulletLong => "shorter card lines",
            DiagnosticCodes.ToldAsWe => "actions told as \"I\"",
            DiagnosticCodes.EmptyLesson => "a lesson of its own",
            DiagnosticCodes.FiguresDisagree => "figures that agree",
            DiagnosticCodes.FailureFigureNotInStory => "the failure frame's figures in the story",
            DiagnosticCodes.DutyNotAction => "actions that say what you did",
            DiagnosticCodes.LabelInText or DiagnosticCodes.MarkdownInText => "its text without pasted marks",
            _ => null,
        };

    // Each part over (or under) its budget, with the time it takes: the same limits as PP0223.
    private static IEnumerable<string> Parts(StarTiming timing, PracticeBudgets budgets)
    {
        if (timing.Setup > budgets.Setup)
            yield return $"a shorter set-up ({Against(timing.Setup, budgets.Setup)})";
        if (timing.Action > budgets.Action)
            yield return $"shorter actions ({Against(timing.Action, budgets.Action)})";
        else if (timing.Action < budgets.ActionLeast)
            yield return $"fuller actions ({Against(timing.Action, budgets.ActionLeast)})";
        if (timing.Result > budgets.Result)
            yield return $"a shorter result ({Against(timing.Result, budgets.Result)})";
    }

    private static string Against(int seconds, int budget) =>
        $"{SpeakingTime.Format(seconds)} of {SpeakingTime.Format(budget)}";
}
