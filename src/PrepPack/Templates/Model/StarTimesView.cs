using PrepPack.Content;
using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// How long each part of a STAR answer takes to say at 150 words a minute, as "0:20", and the whole
/// against the profile's budget: <c>times.situation</c>, <c>times.action</c>, <c>times.whole</c> of <c>times.budget</c>.
/// </summary>
public sealed class StarTimesView(StarAnswer star, PracticeBudgets budgets)
{
    public string Situation => Text([star.Situation]);
    public string Task => Text([star.Task]);
    public string Action => Text(star.Actions);
    public string Result => Text([star.Result]);
    public string Reflection => Text([star.Reflection]);
    public int WholeSeconds => StarTiming.Of(star).Whole;
    public string Whole => SpeakingTime.Format(WholeSeconds);
    public string Budget => SpeakingTime.Format(budgets.Whole);
    public bool WithinTime => WholeSeconds <= budgets.Whole;

    private static string Text(IEnumerable<string?> parts) => SpeakingTime.Format(SpeakingTime.Seconds(SpeakingTime.Words(parts)));
}
