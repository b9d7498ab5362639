using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// One line of a chart: a value per point on the x axis (null where there is none: the line skips
/// it), drawn in a colour with a marker shape and a dash pattern of its own.
/// </summary>
/// <param name="Dash">Lengths of line and gap, in points, repeated; empty for a solid line.</param>
public sealed record ChartSeries(
    string Name,
    IReadOnlyList<float?> Values,
    ChartMarker Marker,
    IReadOnlyList<float> Dash,
    Color Color
);
