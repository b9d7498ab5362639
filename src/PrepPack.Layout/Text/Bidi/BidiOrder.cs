namespace PrepPack.Layout.Text.Bidi;

/// <summary>
/// The visual order of a line's runs from their levels (UAX #9, L2): from the highest level
/// down to the lowest odd one, every stretch at that level or above is reversed. Mirrored
/// brackets (L4) need nothing here: HarfBuzz mirrors them when it shapes a run right to left.
/// </summary>
public static class BidiOrder
{
    /// <summary>The logical indexes of the runs, left to right; null when no run is right to left (the order is as
    /// written).</summary>
    public static int[]? Visual(IReadOnlyList<byte> levels)
    {
        var n = levels.Count;
        byte highest = 0,
            lowest = byte.MaxValue;
        for (var i = 0; i < n; i++)
        {
            highest = Math.Max(highest, levels[i]);
            lowest = Math.Min(lowest, levels[i]);
        }
        if (highest == 0)
            return null;
        // The lowest level on the line, rounded up to odd, as the reference implementation reads "lowest odd level".
        var lowestOdd = (byte)(lowest | 1);
        var order = new int[n];
        var at = new byte[n];
        for (var i = 0; i < n; i++)
            (order[i], at[i]) = (i, levels[i]);
        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < n; )
            {
                if (at[i] < level)
                {
                    i++;
                    continue;
                }
                var end = i;
                while (end < n && at[end] >= level)
                    end++;
                Array.Reverse(order, i, end - i);
                Array.Reverse(at, i, end - i);
                i = end;
            }
        }
        return order;
    }
}
