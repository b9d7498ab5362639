namespace PrepPack.Layout.Elements;

/// <summary>
/// The shape drawn at each point of a chart's series: shapes, not colours, tell series apart in black and white.
/// </summary>
public enum ChartMarker
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
