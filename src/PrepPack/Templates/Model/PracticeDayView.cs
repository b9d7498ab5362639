using System.Globalization;
using PrepPack.Content;
using PrepPack.Practice;

namespace PrepPack.Templates.Model;

/// <summary>
/// One practice day for the tracker's chart: its <c>date</c>, how many <c>answers</c>, and the day's
/// average <c>clarity</c>, <c>metrics</c>, <c>reflection</c> and <c>time</c>, each "—" when none was given.
/// </summary>
public sealed class PracticeDayView(PracticeDay day)
{
    private const string None = "—";

    public string Date => day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public int Answers => day.Answers;
    public string Clarity => Score(day.Clarity);
    public string Metrics => Score(day.Metrics);
    public string Reflection => Score(day.Reflection);
    public string Time => day.Seconds is { } s ? SpeakingTime.Format((int)Math.Round(s)) : None;

    private static string Score(double? average) =>
        average is { } a ? a.ToString("0.0", CultureInfo.InvariantCulture) : None;
}
