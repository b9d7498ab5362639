using System.Runtime.CompilerServices;
using PrepPack.Content.Model;

namespace PrepPack.Content.Readiness;

/// <summary>
/// Whether the bank is ready for a behavioural interview: for each of the six themes interviews
/// always ask, a story of its own that is ready to tell (<see cref="StoryReadiness"/>), and for each
/// theme that is not, one line naming the theme and the nearest fix. <c>check</c>, <c>--format json</c>,
/// the binder's readiness page and the cheat sheet all print this one result, in these words.
/// </summary>
public sealed record BankReadiness(IReadOnlyList<ThemeReadiness> Themes, int WholeBudget)
{
    /// <summary>Themes with a story chosen, ready or not.</summary>
    public int Covered => Themes.Count(t => t.Covered);

    /// <summary>Themes answered by a story of their own that is ready to tell: the N of "Ready: N of 6".</summary>
    public int ReadyCount => Themes.Count(t => t.Ready);
    public int Total => Themes.Count;

    /// <summary>How many different stories answer the themes.</summary>
    public int Stories => Themes.Select(t => t.StoryId).OfType<string>().Distinct().Count();

    /// <summary>One line for each theme not ready, in theme order: as many as <see cref="Total"/> less <see
    /// cref="ReadyCount"/>.</summary>
    public IReadOnlyList<string> Missing => Themes.Select(t => t.Missing).OfType<string>().ToList();

    /// <summary>The same lines with each story named by <paramref name="name"/> (its title, on a page).</summary>
    public IReadOnlyList<string> MissingNaming(Func<Story, string> name) =>
        Themes.Select(t => t.MissingNaming(name)).OfType<string>().ToList();

    public bool Ready => ReadyCount == Total;

    /// <summary>"Ready: 4 of 6 interview themes": the same words on every output.</summary>
    public string Headline => $"Ready: {ReadyCount} of {Total} interview themes";

    /// <summary>What makes a theme count, the same on every output.</summary>
    public string Meaning =>
        $"A theme counts when a story of its own answers it and is ready to tell. "
        + $"{StoryReadiness.Meaning(WholeBudget)}";

    /// <summary>The headline as <c>check</c> prints it, with what to do when something is missing.</summary>
    public string Summary =>
        Ready ? $"{Headline}, each by a story of its own that is ready to tell." : $"{Headline}. Missing:";

    // Asked by every output that shows it: the bank never changes, so it is worked out once per bank.
    private static readonly ConditionalWeakTable<StoryBank, BankReadiness> Known = new();

    public static BankReadiness Of(StoryBank bank) => Known.GetValue(bank, ReadinessCheck.Run);
}
