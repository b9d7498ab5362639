using System.Globalization;
using Markdig.Syntax;
using PrepPack.Content;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A <c>```chart</c> block as a <see cref="TrendChart"/>: scores on a 1-5 panel, times on a panel of
/// their own with the budget as a dashed line, each series with its own marker and dash; the alt text
/// printed under it as its caption. With fewer than two rows there is no trend to draw: a note says so.
/// </summary>
internal static class ChartRenderer
{
    private static readonly ChartMarker[] Markers =
    [
        ChartMarker.Circle,
        ChartMarker.Square,
        ChartMarker.Triangle,
        ChartMarker.Diamond,
    ];
    private static readonly float[][] Dashes =
    [
        [],
        [6, 3],
        [1.5f, 3],
        [8, 3, 1.5f, 3],
    ];

    // Times are ticked every half minute, or every minute (or more) over a wider range.
    private static readonly int[] TimeSteps = [30, 60, 120, 300];
    private const int MaxTimeTicks = 7;

    public static Element Render(FencedCodeBlock block, ElementRenderer renderer)
    {
        var chart = ChartBlockReader.Read(block, renderer.Unsupported.ChartLine);
        var (body, small) = (renderer.Styles.Body, renderer.Styles.Small);
        var alt = string.IsNullOrWhiteSpace(chart.Alt) ? Describe(chart) : chart.Alt!;
        TextBlock Words(string text, TextStyle style, string kind) =>
            renderer.Paragraph([new TextSpan(text, style)], style, TextAlign.Start, block, kind);
        if (!chart.Drawable)
            return Words(alt, body, "chart note");

        var theme = renderer.Theme.Colors;
        var colors = new[] { theme.Heading, theme.Text, theme.Link, theme.Muted }.Select(c => c.ToLayout()).ToArray();
        var styled = 0;
        ChartSeries Series(ChartColumn column)
        {
            var i = styled++;
            return new ChartSeries(
                column.Name,
                column.Values.Select(v => v is { } d ? (float?)d : null).ToList(),
                Markers[i % Markers.Length],
                Dashes[i % Dashes.Length],
                colors[i % colors.Length]
            );
        }
        var panels = new List<ChartPanel>();
        var scores = chart.Plotted.Where(c => !c.IsTime).ToList();
        if (scores.Count > 0)
            panels.Add(ScorePanel(scores.Select(Series).ToList(), scores));
        var times = chart.Plotted.Where(c => c.IsTime).ToList();
        if (times.Count > 0)
            panels.Add(TimePanel(times.Select(Series).ToList(), times, chart.Budget));

        var (axis, grid) = (theme.Text.ToLayout(), theme.Rule.ToLayout());
        var figure = new TrendChart(chart.Labels, panels, text => Words(text, small, "chart label"), axis, grid)
        {
            AltText = alt,
            Source = renderer.Describe(block, "chart", chart.Title),
            Origin = renderer.At(block),
        };
        // A screen reader reads the figure's text alternative once, in place of the chart and the
        // caption that prints the same sentence under it.
        var gap = renderer.Theme.Spacing.Paragraph / 2;
        var chartAndCaption = new Column([figure, Words(alt, small, "chart caption")], gap);
        chartAndCaption.KeepWithNext.Add(figure);
        var pictured = new Figure(chartAndCaption, alt) { Source = figure.Source, Origin = figure.Origin };
        List<Element> parts = [pictured];
        if (chart.Title is { Length: > 0 } title)
            parts.Insert(0, Words(title, body with { Bold = true }, "chart title"));
        // The title, the chart and its caption stay on one page.
        var column = new Column(parts, gap) { Source = figure.Source, Origin = figure.Origin };
        foreach (var kept in parts.SkipLast(1))
            column.KeepWithNext.Add(kept);
        return column;
    }

    /// <summary>Scores on their 1-5 scale, or wider when a value falls outside it.</summary>
    private static ChartPanel ScorePanel(List<ChartSeries> series, List<ChartColumn> columns)
    {
        var values = columns.SelectMany(c => c.Values).OfType<double>().ToList();
        var (min, max) = ((float)Math.Floor(Math.Min(1, values.Min())), (float)Math.Ceiling(Math.Max(5, values.Max())));
        var step = Math.Max(1, (int)Math.Ceiling((max - min) / 6));
        var ticks = new List<(float, string)>();
        for (var v = min; v <= max + 1e-3f; v += step)
            ticks.Add((v, v.ToString("0", CultureInfo.InvariantCulture)));
        return new ChartPanel($"Scores ({min:0}-{max:0}, higher is better)", min, max, ticks, series);
    }

    /// <summary>
    /// Times from the lowest to the highest, the budget included, ticked in whole half minutes or minutes.
    /// </summary>
    private static ChartPanel TimePanel(List<ChartSeries> series, List<ChartColumn> columns, int? budget)
    {
        var values = columns.SelectMany(c => c.Values).OfType<double>().Concat(budget is { } b ? [b] : []).ToList();
        var (low, high) = (values.Min(), values.Max());
        var step = TimeSteps.FirstOrDefault(
            s => Math.Ceiling(high / s) - Math.Floor(low / s) <= MaxTimeTicks - 1,
            TimeSteps[^1]
        );
        var (min, max) = (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step);
        if (max <= min)
            max = min + step;
        var ticks = new List<(float, string)>();
        for (var v = min; v <= max; v += step)
            ticks.Add(((float)v, SpeakingTime.Format((int)v)));
        return new ChartPanel("Time (m:ss)", (float)min, (float)max, ticks, series)
        {
            Reference = budget is { } limit ? (limit, $"budget {SpeakingTime.Format(limit)}") : null,
        };
    }

    /// <summary>The chart in words when its block gives no alt text: each column's first and last value.</summary>
    private static string Describe(ChartBlock chart)
    {
        if (!chart.Drawable)
            return chart.Labels.Count == 1
                ? $"Only one point so far ({chart.Labels[0]}): a chart appears from the second."
                : "Nothing to chart yet: a chart appears from the second point.";
        var parts = chart.Columns.Select(c =>
            c.Values.OfType<double>().ToList() is { Count: > 0 } v
                ? $"{c.Name} {Moved(v[0], v[^1])} from {Format(v[0], c.IsTime)} to {Format(v[^1], c.IsTime)}"
                : $"{c.Name} has no values"
        );
        var span = $"over {chart.Labels.Count} points from {chart.Labels[0]} to {chart.Labels[^1]}";
        return $"{string.Join("; ", parts)}, {span}.";
    }

    private static string Moved(double first, double last) =>
        last > first ? "rose"
        : last < first ? "fell"
        : "held";

    private static string Format(double value, bool time) =>
        time ? SpeakingTime.Format((int)Math.Round(value)) : value.ToString("0.0", CultureInfo.InvariantCulture);
}
