namespace PrepPack.Layout.Elements;

/// <summary>
/// One plot of a chart, sharing the chart's x axis: its title, its y range and labelled ticks, its
/// series, and a dashed reference line (a time budget) with its label.
/// </summary>
public sealed record ChartPanel(
    string Title,
    float Min,
    float Max,
    IReadOnlyList<(float Value, string Label)> Ticks,
    IReadOnlyList<ChartSeries> Series
)
{
    public (float Value, string Label)? Reference { get; init; }
}
