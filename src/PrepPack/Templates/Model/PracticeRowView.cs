using System.Globalization;
using PrepPack.Content;
using PrepPack.Practice;

namespace PrepPack.Templates.Model;

/// <summary>
/// One line of the practice tracker, for a question or a story: <c>times</c> practised, the <c>last</c>
/// date, the <c>best</c> and <c>latest</c> time, and the average <c>clarity</c>, <c>metrics</c> and
/// <c>reflection</c> scores, each "—" when the log has none, and the <c>trend</c> of its scores: "rising",
/// "flat", "falling", or "—" before two scored answers; <c>trend_mark</c> is the same with an arrow,
/// kept on one line.
/// </summary>
public sealed class PracticeRowView(string id, Func<string> title, PracticeRecord record)
{
    private const string None = "—";

    public string Id => id;
    /// <summary>The question asked or the story's title, read when the template reads it, so the read is recorded
    /// and an edit to it makes the output again.</summary>
    public string Title => title();
    public int Times => record.Times;
    public bool Practised => record.Practised;
    public string Last => record.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;
    public string Best => Time(record.Best);
    public string Latest => Time(record.Latest);
    public string Clarity => Score(record.Clarity);
    public string Metrics => Score(record.Metrics);
    public string Reflection => Score(record.Reflection);
    public string Trend =>
        record.Trend switch
        {
            PracticeTrend.Rising => "rising",
            PracticeTrend.Flat => "flat",
            PracticeTrend.Falling => "falling",
            _ => None,
        };
    public string TrendMark =>
        record.Trend switch
        {
            PracticeTrend.Rising => "↑\u00A0rising",
            PracticeTrend.Flat => "→\u00A0flat",
            PracticeTrend.Falling => "↓\u00A0falling",
            _ => None,
        };

    private static string Time(int? seconds) => seconds is { } s ? SpeakingTime.Format(s) : None;

    private static string Score(double? average) =>
        average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : None;
}
