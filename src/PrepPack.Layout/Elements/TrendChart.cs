using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A line chart drawn as vectors: one or more panels side by side over the same x axis (practice
/// days), each with its labelled y axis, its series as lines with markers, and a dashed reference
/// line; a legend under them. Series differ in marker shape and dash pattern as well as colour, so
/// the chart reads in black and white. It is kept whole on one page; <see cref="AltText"/> says in
/// words what it shows, for a tagged PDF's figure and for anyone who cannot see it.
/// </summary>
/// <param name="label">Makes a one-line text block in the chart's label style.</param>
public sealed class TrendChart(
    IReadOnlyList<string> xLabels,
    IReadOnlyList<ChartPanel> panels,
    Func<string, TextBlock> label,
    Color axis,
    Color grid
) : Element
{
    private const float PlotHeight = 110;
    private const float PanelGap = 28;
    private const float Gap = 4;
    private const float MarkerSize = 5;
    private const float LineWidth = 1.2f;
    private const float LegendSample = 18;

    // Space between the plot's edge and the first and last points, so their markers stay inside.
    private const float Inset = 8;
    private static readonly float[] ReferenceDash = [6, 4];

    private readonly float _line = LineHeight(label);
    private bool _done;

    // The words of the chart, written after its lines: the lines then go into few paths and the words into
    // one text object.
    private readonly List<(string Text, float X, float Y)> _labels = [];

    /// <summary>The chart in words: what a screen reader says, tagged with the figure.</summary>
    public required string AltText { get; init; }

    public IReadOnlyList<ChartPanel> Panels => panels;

    private float Height => _line + Gap + PlotHeight + Gap + _line + 2 * Gap + _line;

    protected override SpacePlan MeasureCore(Size available) =>
        _done ? SpacePlan.Empty()
        : Height <= available.Height + Size.Epsilon ? SpacePlan.Full(available.Width, Height)
        : SpacePlan.Wrap();

    protected override void DrawCore(Size available, DrawContext context)
    {
        var width = (available.Width - PanelGap * (panels.Count - 1)) / panels.Count;
        for (var i = 0; i < panels.Count; i++)
            DrawPanel(panels[i], i * (width + PanelGap), width, context);
        DrawLegend(context, _line + Gap + PlotHeight + Gap + _line + 2 * Gap);
        foreach (var (text, x, y) in _labels)
        {
            var block = label(text);
            using (context.Translate(x, y))
                block.Draw(new Size(Width(text) + 1, _line + 1), context);
        }
        _labels.Clear();
        _done = true;
    }

    protected override void ResetCore() => _done = false;

    private void DrawPanel(ChartPanel panel, float left, float width, DrawContext context)
    {
        Label(panel.Title, left, 0);
        var tickWidth = panel.Ticks.Select(t => Width(t.Label)).DefaultIfEmpty(0).Max();
        var (plotLeft, plotRight) = (left + tickWidth + Gap, left + width);
        var (top, bottom) = (_line + Gap, _line + Gap + PlotHeight);
        var range = Math.Max(panel.Max - panel.Min, 1e-6f);
        float Y(float value) => bottom - (Math.Clamp(value, panel.Min, panel.Max) - panel.Min) / range * PlotHeight;
        float X(int index) =>
            xLabels.Count < 2
                ? (plotLeft + plotRight) / 2
                : plotLeft + Inset + index * (plotRight - plotLeft - 2 * Inset) / (xLabels.Count - 1);

        foreach (var (value, text) in panel.Ticks)
        {
            var y = Y(value);
            context.DrawLine(plotLeft, y, plotRight, y, grid, 0.4f);
            Label(text, plotLeft - Gap - Width(text), y - _line / 2);
        }
        context.DrawLine(plotLeft, top, plotLeft, bottom, axis, 0.6f);
        context.DrawLine(plotLeft, bottom, plotRight, bottom, axis, 0.6f);
        DrawXLabels(context, X, bottom + Gap, left, plotRight);

        if (panel.Reference is { } reference)
        {
            var y = Y(reference.Value);
            ChartPen.Segment(context, (plotLeft, y), (plotRight, y), ReferenceDash, 0, axis, 0.8f);
            Label(reference.Label, plotRight - Width(reference.Label), y - _line - 1);
        }
        foreach (var series in panel.Series)
        {
            var points = series
                .Values.Select((v, i) => v is { } value ? (X(i), Y(value)) : ((float, float)?)null)
                .ToList();
            ChartPen.Polyline(context, points, series.Dash, series.Color, LineWidth);
            foreach (var point in points.OfType<(float X, float Y)>())
                ChartPen.Marker(context, series.Marker, point.X, point.Y, MarkerSize, series.Color, LineWidth);
        }
    }

    /// <summary>
    /// The dates under the axis, each centred under its point but kept within the panel, and left out where
    /// one would run into the one before; the last is always shown.
    /// </summary>
    private void DrawXLabels(DrawContext context, Func<int, float> x, float top, float panelLeft, float panelRight)
    {
        var shown = new List<(float Left, float Right, int Index)>();
        for (var i = 0; i < xLabels.Count; i++)
        {
            var w = Width(xLabels[i]);
            var l = Math.Clamp(x(i) - w / 2, panelLeft, Math.Max(panelLeft, panelRight - w));
            var r = l + w;
            if (i == xLabels.Count - 1)
                while (shown.Count > 0 && shown[^1].Right + Gap > l)
                    shown.RemoveAt(shown.Count - 1);
            if (shown.Count == 0 || shown[^1].Right + Gap <= l)
                shown.Add((l, r, i));
        }
        foreach (var (l, _, i) in shown)
            Label(xLabels[i], l, top);
    }

    private void DrawLegend(DrawContext context, float top)
    {
        var x = 0f;
        var middle = top + _line / 2;
        foreach (var series in panels.SelectMany(p => p.Series))
        {
            ChartPen.Segment(context, (x, middle), (x + LegendSample, middle), series.Dash, 0, series.Color, LineWidth);
            ChartPen.Marker(context, series.Marker, x + LegendSample / 2, middle, MarkerSize, series.Color, LineWidth);
            x += LegendSample + Gap;
            Label(series.Name, x, top);
            x += Width(series.Name) + 3 * Gap;
        }
        foreach (var reference in panels.Select(p => p.Reference).OfType<(float Value, string Label)>())
        {
            ChartPen.Segment(context, (x, middle), (x + LegendSample, middle), ReferenceDash, 0, axis, 0.8f);
            x += LegendSample + Gap;
            Label(reference.Label, x, top);
            x += Width(reference.Label) + 3 * Gap;
        }
    }

    private float Width(string text) => label(text).Text.Lines(float.MaxValue / 4) is [var line, ..] ? line.Width : 0;

    private void Label(string text, float x, float y) => _labels.Add((text, x, y));

    private static float LineHeight(Func<string, TextBlock> label) =>
        label("0").Text.Lines(1000) is [var line, ..] ? line.Height : 8;
}
