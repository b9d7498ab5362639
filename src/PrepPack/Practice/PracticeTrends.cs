using PrepPack.Content.Model;

namespace PrepPack.Practice;

/// <summary>
/// The trend of a run of values: the change the least-squares line through them makes from the first
/// to the last, so one good or bad answer in the middle does not decide it. Scores that move less than
/// half a point over the run are flat.
/// </summary>
public static class PracticeTrends
{
    /// <summary>Half a point on the 1-5 scale: less than that is within one answer's noise.</summary>
    public const double FlatWithin = 0.5;

    /// <summary>The trend of answers, oldest first, by each answer's mean score (of the scores it gave).</summary>
    public static PracticeTrend OfAnswers(IEnumerable<PracticeEntry> dated) =>
        Of(dated.Select(MeanScore).OfType<double>().ToList());

    /// <summary>The trend of values in order; fewer than two give <see cref="PracticeTrend.Unknown"/>.</summary>
    public static PracticeTrend Of(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
            return PracticeTrend.Unknown;
        var change = Change(values);
        return change >= FlatWithin ? PracticeTrend.Rising
            : change <= -FlatWithin ? PracticeTrend.Falling
            : PracticeTrend.Flat;
    }

    /// <summary>
    /// How far the least-squares line rises (or falls, below 0) from the first value's place to the last's.
    /// </summary>
    public static double Change(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n < 2)
            return 0;
        var meanX = (n - 1) / 2.0;
        var meanY = values.Average();
        double covariance = 0,
            variance = 0;
        for (var i = 0; i < n; i++)
        {
            covariance += (i - meanX) * (values[i] - meanY);
            variance += (i - meanX) * (i - meanX);
        }
        return covariance / variance * (n - 1);
    }

    private static double? MeanScore(PracticeEntry entry)
    {
        int?[] scores = [entry.Clarity, entry.Metrics, entry.Reflection];
        var given = scores.OfType<int>().ToList();
        return given.Count == 0 ? null : given.Average();
    }
}
