using System.Globalization;
using PrepPack.Content;
using PrepPack.Practice;

namespace PrepPack.Templates.Model;

/// <summary>
/// The tracker's chart for templates (<c>practice.chart</c>): a row per practice day (<c>days</c>),
/// whether there are enough days to draw (<c>drawable</c>: two or more), the trend in words
/// (<c>summary</c>, the chart's text alternative), and the <c>note</c> shown instead of a chart with fewer days.
/// </summary>
public sealed class PracticeChartView(IReadOnlyList<PracticeDay> days)
{
    public IReadOnlyList<PracticeDayView> Days => days.Select(d => new PracticeDayView(d)).ToList();

    public bool Drawable => days.Count >= 2;

    public string Note =>
        days.Count switch
        {
            0 => "No practice logged yet, so there is no trend to chart. "
                + "Each day you practise adds a point; the chart appears from the second day.",
            _ => $"One day of practice so far ({Day(days[0])}): "
                + "the chart of your trend appears from the second day you practise.",
        };

    /// <summary>
    /// "Clarity rose from 3.0 to 4.0, … over 5 practice days (2026-11-14 to 2026-11-19); average time fell
    /// from 2:31 to 1:49."
    /// </summary>
    public string Summary
    {
        get
        {
            if (!Drawable)
                return Note;
            (string Name, List<double> Values)[] series =
            [
                ("Clarity", Series(d => d.Clarity)),
                ("metrics", Series(d => d.Metrics)),
                ("reflection", Series(d => d.Reflection)),
            ];
            var scores = series
                .Where(s => s.Values.Count > 0)
                .Select(s => Moved(s.Name, s.Values, Score, 0.05))
                .ToList();
            var span = $"over {days.Count} practice days ({Day(days[0])} to {Day(days[^1])})";
            var text = scores.Count > 0 ? $"{Capital(string.Join(", ", scores))} {span}" : $"No scores given {span}";
            var times = Series(d => d.Seconds);
            if (times.Count > 0)
                text += "; " + Moved("average time", times, v => SpeakingTime.Format((int)Math.Round(v)), 0.5);
            return text + ".";
        }
    }

    private List<double> Series(Func<PracticeDay, double?> value) => days.Select(value).OfType<double>().ToList();

    /// <summary>
    /// "clarity rose from 3.0 to 4.0", "metrics held at 3.5": the first day's value against the last's.
    /// </summary>
    private static string Moved(string name, List<double> values, Func<double, string> format, double same)
    {
        var (first, last) = (values[0], values[^1]);
        if (values.Count == 1 || Math.Abs(last - first) < same)
            return $"{name} held at {format(last)}";
        return $"{name} {(last > first ? "rose" : "fell")} from {format(first)} to {format(last)}";
    }

    private static string Score(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Day(PracticeDay day) => day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
