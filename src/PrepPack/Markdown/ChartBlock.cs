namespace PrepPack.Markdown;

/// <summary>
/// What a <c>```chart</c> fenced block says: an optional <c>title</c>, the <c>alt</c> text that states
/// the trend in words, a time <c>budget</c> to draw as a reference line, and a table of rows, the first
/// cell of each its label (a date) and the others its values, numbers (scores) or times (m:ss).
/// </summary>
/// <example>
/// <code>
/// ```chart
/// alt: Clarity rose from 3.0 to 4.0 over 5 practice days; average time fell from 2:31 to 1:49.
/// budget: 2:00
/// Date | Clarity | Metrics | Reflection | Time
/// 2026-11-14 | 3.0 | 3.5 | 3.0 | 2:11
/// 2026-11-16 | 3.5 | 3.5 | 3.0 | 1:51
/// ```
/// </code>
/// </example>
public sealed record ChartBlock(
    string? Title,
    string? Alt,
    int? Budget,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartColumn> Columns
)
{
    /// <summary>The info string that makes a fenced block a chart.</summary>
    public const string Info = "chart";

    /// <summary>The columns with at least one value: a column of nothing but "—" has no line to draw.</summary>
    public IReadOnlyList<ChartColumn> Plotted => Columns.Where(c => c.Values.Any(v => v is not null)).ToList();

    /// <summary>Points enough to show a trend: two rows or more, and a column with a value.</summary>
    public bool Drawable => Labels.Count >= 2 && Plotted.Count > 0;
}
