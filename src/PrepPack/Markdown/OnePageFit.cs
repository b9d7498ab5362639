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
}
