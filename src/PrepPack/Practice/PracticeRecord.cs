using PrepPack.Content.Model;

namespace PrepPack.Practice;

/// <summary>
/// What the log says about one question or one story: how often it was practised, when last, the
/// best and the latest time, and the average of each 1-5 score over the answers that gave one.
/// </summary>
public sealed record PracticeRecord(
    int Times,
    DateTime? Last,
    int? Best,
    int? Latest,
    double? Clarity,
    double? Metrics,
    double? Reflection
)
{
    public static PracticeRecord Never { get; } = new(0, null, null, null, null, null, null);

    public bool Practised => Times > 0;

    /// <summary>Whether the answers' scores rise, hold or fall, oldest to latest.</summary>
    public PracticeTrend Trend { get; init; }

    /// <summary>The record of these answers, in the order the log holds them (the latest is the last dated).</summary>
    public static PracticeRecord Of(IReadOnlyList<PracticeEntry> entries)
    {
        if (entries.Count == 0)
            return Never;
        // Stable: answers of the same minute keep the log's order, so the latest written is the latest.
        var dated = entries.OrderBy(e => e.Date).ToList();
        var timed = dated.Where(e => e.Seconds is not null).ToList();
        return new PracticeRecord(
            entries.Count,
            dated[^1].Date,
            timed.Count == 0 ? null : timed.Min(e => e.Seconds),
            timed.Count == 0 ? null : timed[^1].Seconds,
            Average(entries.Select(e => e.Clarity)),
            Average(entries.Select(e => e.Metrics)),
            Average(entries.Select(e => e.Reflection))
        )
        {
            Trend = PracticeTrends.OfAnswers(dated),
        };
    }

    private static double? Average(IEnumerable<int?> scores)
    {
        var given = scores.OfType<int>().ToList();
        return given.Count == 0 ? null : given.Average();
    }
}
