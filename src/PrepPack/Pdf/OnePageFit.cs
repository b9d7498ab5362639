using PrepPack.Layout.Paging;

namespace PrepPack.Pdf;

/// <summary>
/// The largest type scale, down to a floor, at which content lays out on one page: whole size
/// first, then the floor, then halving the range between. A document and a section of another
/// search alike, so the same content fits at the same scale in both.
/// </summary>
internal static class OnePageFit
{
    /// <summary>Steps of the search; 2^-7 of the range is finer than a reader notices.</summary>
    private const int Steps = 7;

    /// <summary>The layout at the scale found, the scale, and whether it fits; when it does not, the layout at the floor, which may name a problem.</summary>
    public static (LayoutOutcome Outcome, float Scale, bool Fits) Search(Func<float, LayoutOutcome> lay, float floor)
    {
        var whole = lay(1);
        if (whole.Document is { Pages.Count: 1 }) return (whole, 1, true);
        // A box too tall at full size may fit smaller: a failed layout goes on to the floor too.
        var atFloor = lay(floor);
        if (!atFloor.Succeeded || atFloor.Document!.Pages.Count > 1) return (atFloor, floor, false);
        float low = floor, high = 1;
        var best = atFloor;
        for (var step = 0; step < Steps; step++)
        {
            var middle = (low + high) / 2;
            var attempt = lay(middle);
            if (attempt.Succeeded && attempt.Document!.Pages.Count == 1) { low = middle; best = attempt; }
            else high = middle;
        }
        return (best, low, true);
    }
}
