namespace PrepPack.Layout.Elements;

/// <summary>
/// Shares a table's width between its columns the way browsers do for automatic tables: every
/// column gets at least its longest word, and the rest goes where text would otherwise wrap.
/// When the longest words do not fit side by side, each column keeps at least its widest
/// character and words are cut; when not even that fits, there are no widths to give.
/// </summary>
public static class ColumnWidths
{
    public static float[]? Share(
        float total,
        IReadOnlyList<float> least,
        IReadOnlyList<float> minimum,
        IReadOnlyList<float> maximum
    )
    {
        var n = minimum.Count;
        var floor = least.Sum();
        if (floor > total + Core.Size.Epsilon)
            return null;
        var min = minimum.Sum();
        var max = maximum.Sum();
        var widths = new float[n];
        // Squeezed: each column keeps its widest character and gets a share of what is left by how much more its
        // longest word needs.
        var squeeze = min - floor > Core.Size.Epsilon ? Math.Max(0, total - floor) / (min - floor) : 0;
        for (var c = 0; c < n; c++)
        {
            if (min > total)
                widths[c] = least[c] + (minimum[c] - least[c]) * squeeze;
            else if (min == total)
                widths[c] = min == 0 ? total / n : minimum[c] * total / min;
            else if (max <= total)
                widths[c] = max == 0 ? total / n : maximum[c] + (total - max) * maximum[c] / max;
            else
                widths[c] = minimum[c] + (maximum[c] - minimum[c]) * (total - min) / (max - min);
        }
        return widths;
    }

    /// <summary>How many columns, from the first, fit side by side at their least widths.</summary>
    public static int Fitting(float total, IReadOnlyList<float> least)
    {
        var used = 0f;
        for (var c = 0; c < least.Count; c++)
        {
            used += least[c];
            if (used > total + Core.Size.Epsilon)
                return c;
        }
        return least.Count;
    }
}
