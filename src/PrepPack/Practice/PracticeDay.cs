using PrepPack.Content.Model;

namespace PrepPack.Practice;

/// <summary>
/// One day of practice, for the tracker's chart: the day's average of each 1-5 score over the
/// answers that gave one, and the average time of the answers that were timed, in seconds.
/// </summary>
public sealed record PracticeDay(
    DateTime Date,
    int Answers,
    double? Clarity,
    double? Metrics,
    double? Reflection,
    double? Seconds
)
{
    /// <summary>Every day the log has an answer on, oldest first.</summary>
    public static IReadOnlyList<PracticeDay> All(IEnumerable<PracticeEntry> entries) =>
        entries
            .GroupBy(e => e.Date.Date)
            .OrderBy(g => g.Key)
            .Select(g => new PracticeDay(
                g.Key,
                g.Count(),
                Average(g.Select(e => e.Clarity)),
                Average(g.Select(e => e.Metrics)),
                Average(g.Select(e => e.Reflection)),
                Average(g.Select(e => e.Seconds))
            ))
            .ToList();

    private static double? Average(IEnumerable<int?> values)
    {
        var given = values.OfType<int>().ToList();
        return given.Count == 0 ? null : given.Average();
    }
}
