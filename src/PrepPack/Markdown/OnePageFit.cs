namespace PrepPack.Markdown;

/// <summary>
/// The largest type scale, down to a floor, at which content lays out on one page: whole size
/// first, then the floor, then halving the range between. A document and a section of another
/// search alike, so the same content fits at the same scale in both; the PDF writer measures each
/// try by laying it out, the Word writer by its page estimate.
/// </summary>
internal static class OnePageFit
{
    /// <summary>Steps of the search; 2^-7 of the range is finer than a reader notices.</summary>
    private const int Steps = 7;

    /// <summary>The scales the search can stop at: the floor, whole size and the points halving reaches.</summary>
    private const int Points = 1 << Steps;

    /// <summary>
    /// The scale found and whether the content fits at it; when it does not, the floor. Each try
    /// only measures: the caller lays out once, at the end.
    /// </summary>
    public static (float Scale, bool Fits) Search(Func<float, bool> fitsOnePage, float floor)
    {
        if (fitsOnePage(1))
            return (1, true);
        // A box too tall at full size may fit smaller: a failed layout goes on to the floor too.
        if (!fitsOnePage(floor))
            return (floor, false);
        float low = floor,
            high = 1;
        for (var step = 0; step < Steps; step++)
        {
            var middle = (low + high) / 2;
            if (fitsOnePage(middle))
                low = middle;
            else
                high = middle;
        }
        return (low, true);
    }

    /// <summary>
    /// The same search started near a likely scale (the one a page like it fitted at): it tries the
    /// points of the halving search nearest the guess and widens from there. Content that fits at a
    /// scale fits at every smaller one, so it stops where <see cref="Search(Func{float, bool}, float)"/>
    /// stops, in two tries rather than nine when the guess is right.
    /// </summary>
    public static (float Scale, bool Fits) Search(Func<float, bool> fitsOnePage, float floor, float guess)
    {
        // Known: the last point that fits (-1: none yet) and the first that does not (past whole size: none yet).
        int fits = -1,
            over = Points + 1;
        var start = PointAtOrBelow(guess, floor);
        if (fitsOnePage(Point(start, floor)))
        {
            fits = start;
            for (var step = 1; fits < Points && over > Points; step *= 2)
            {
                var next = Math.Min(fits + step, Points);
                if (fitsOnePage(Point(next, floor)))
                    fits = next;
                else
                    over = next;
            }
            if (fits == Points)
                return (1, true);
        }
        else
        {
            over = start;
            for (var step = 1; fits < 0 && over > 0; step *= 2)
            {
                var next = Math.Max(over - step, 0);
                if (fitsOnePage(Point(next, floor)))
                    fits = next;
                else
                    over = next;
            }
            if (fits < 0)
                return (floor, false);
        }
        while (over - fits > 1)
        {
            var middle = (fits + over) / 2;
            if (fitsOnePage(Point(middle, floor)))
                fits = middle;
            else
                over = middle;
        }
        return (Point(fits, floor), true);
    }

    /// <summary>
    /// The scale of point <paramref name="index"/> (0 the floor, <see cref="Points"/> whole size) exactly as the
    /// halving search computes it on its way there, so a try at it measures the same layout.
    /// </summary>
    internal static float Point(int index, float floor)
    {
        if (index <= 0)
            return floor;
        if (index >= Points)
            return 1;
        float low = floor,
            high = 1;
        int lowIndex = 0,
            highIndex = Points;
        while (true)
        {
            var middle = (low + high) / 2;
            var middleIndex = (lowIndex + highIndex) / 2;
            if (middleIndex == index)
                return middle;
            if (index > middleIndex)
                (low, lowIndex) = (middle, middleIndex);
            else
                (high, highIndex) = (middle, middleIndex);
        }
    }

    /// <summary>The last point at or below a scale.</summary>
    private static int PointAtOrBelow(float scale, float floor)
    {
        if (scale >= 1)
            return Points;
        int low = 0,
            high = Points;
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Point(middle, floor) <= scale)
                low = middle;
            else
                high = middle;
        }
        return low;
    }
}
