using System.Runtime.CompilerServices;
using PrepPack.Content.Model;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Whether the bank is ready for a behavioural interview: a story of its own for each of the six
/// themes interviews always ask, each with a metric, follow-ups and a telling under the whole-answer
/// budget, and what is missing, in one list.
/// </summary>
public sealed record BankReadiness(IReadOnlyList<ThemeReadiness> Themes, IReadOnlyList<string> Missing, int WholeBudget)
{
    public int Covered => Themes.Count(t => t.Covered);
    public int Total => Themes.Count;

    /// <summary>How many different stories answer the themes.</summary>
    public int Stories => Themes.Select(t => t.StoryId).OfType<string>().Distinct().Count();

    public bool Ready => Missing.Count == 0;

    /// <summary>The line <c>preppack check</c> ends with.</summary>
    public string Summary
    {
        get
        {
            // "Ready" counts themes answered in full (a story of its own, metric, follow-ups, time); a theme
            // with a story that falls short is in the list of what is missing, so the two add up.
            var ready = Themes.Count(t => t.Ready);
            var covered = Missing.Count == 0 ? $"Ready: {Covered} of {Total} interview themes covered" : $"Ready: {ready} of {Total} interview themes";
            return Missing.Count == 0
                ? $"{covered}, each by a story of its own with a metric, follow-ups and a telling under {SpeakingTime.Format(WholeBudget)}."
                : $"{covered}. Missing: {string.Join("; ", Missing)}.";
        }
    }

    // Asked by every output that shows it: the bank never changes, so it is worked out once per bank.
    private static readonly ConditionalWeakTable<StoryBank, BankReadiness> Known = new();

    public static BankReadiness Of(StoryBank bank) => Known.GetValue(bank, static b => ReadinessCheck.Run(b.Stories, b.Profile.Practice));
}
