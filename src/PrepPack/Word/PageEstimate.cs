namespace PrepPack.Word;

/// <summary>How full one page of a Word document is estimated to be.</summary>
/// <param name="Anchor">The bookmark of the heading that opens the page (the story's id).</param>
/// <param name="Over">How much more than a page it holds: 0.25 is a quarter page over.</param>
/// <param name="Lines">About how many body lines too long it is.</param>
/// <param name="Scale">The share of its normal type size the page is set in: below 1 when shrunk to fit.</param>
/// <param name="Longest">Its longest parts, longest first: what to shorten when it does not fit.</param>
public sealed record PageEstimate(
    string? Anchor,
    string Title,
    float Over,
    int Lines,
    float Scale = 1,
    IReadOnlyList<PagePart>? Longest = null
)
{
    /// <summary>Less over than this is within the estimate's error: the page still fits.</summary>
    public const float Tolerance = 0.02f;

    /// <summary>About how many pages it takes when Word lays it out.</summary>
    public int Pages => Over > Tolerance ? 1 + (int)Math.Ceiling(Over - Tolerance) : 1;
}
