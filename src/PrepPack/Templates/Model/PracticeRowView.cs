using System.Globalization;
using PrepPack.Content;
using PrepPack.Practice;

namespace PrepPack.Templates.Model;

/// <summary>
/// One line of the practice tracker, for a question or a story: <c>times</c> practised, the <c>last</c>
/// date, the <c>best</c> and <c>latest</c> time, and the average <c>clarity</c>, <c>metrics</c> and
/// <c>reflection</c> scores, each "—" when the log has none.
/// </summary>
public sealed class PracticeRowView(string id, string title, PracticeRecord record)
{
    private const string None = "—";

    public string Id => id;
    public string Title => title;
    public int Times => record.Times;
    public bool Practised => record.Practised;
    public string Last => record.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;
    public string Best => Time(record.Best);
    public string Latest => Time(record.Latest);
    public string Clarity => Score(record.Clarity);
    public string Metrics => Score(record.Metrics);
    public string Reflection => Score(record.Reflection);

    private static string Time(int? seconds) => seconds is { } s ? SpeakingTime.Format(s) : None;

    private static string Score(double? average) => average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : None;
}
