namespace PrepPack.Layout.Elements;

/// <summary>
/// Shares a table's width between its columns the way browsers do for automatic tables: every
/// column gets at least its longest word, and the rest goes where text would otherwise wrap.
/// </summary>
public static class ColumnWidths
{
    public static float[] Share(float total, IReadOnlyList<float> minimum, IReadOnlyList<float> maximum)
    {
        var n = minimum.Count;
        var min = minimum.Sum();
        var max = maximum.Sum();
        var widths = new float[n];
        for (var c = 0; c < n; c++)
        {
            if (min >= total)
                widths[c] = min == 0 ? total / n : minimum[c] * total / min;
            else if (max <= total)
                widths[c] = max == 0 ? total / n : maximum[c] + (total - max) * maximum[c] / max;
            else
                widths[c] = minimum[c] + (maximum[c] - minimum[c]) * (total - min) / (max - min);
        }
        return widths;
    }
}
