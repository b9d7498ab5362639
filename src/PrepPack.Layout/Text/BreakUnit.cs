using PrepPack.Layout.Text.Hyphenation;

namespace PrepPack.Layout.Text;

/// <summary>What lies between two break opportunities: the text, then the spaces after it. A value
/// whose pieces are a slice of the paragraph's one array, so a word costs no object of its own.</summary>
internal readonly record struct BreakUnit(ArraySegment<Piece> Pieces, Piece? Space, bool BreakAfter)
{
    public float Width { get; } = LineItem.Sum(Pieces);

    public float SpaceWidth => Space?.Width ?? 0;

    /// <summary>Where the rest of a word broken at a hyphen may take another; for a whole word, null
    /// (the paragraph works its points out when a line first needs them, from <see cref="Letters"/>).</summary>
    public HyphenPoints? Hyphens { get; init; }

    /// <summary>Where the letters that may take a hyphen start and end in the paragraph's text, and where
    /// the word starts, when it is a word that may be hyphenated (see <see cref="HyphenationCandidate"/>);
    /// Start is -1 when it never may.</summary>
    public (int Start, int End, int Word) Letters { get; init; } = (-1, -1, -1);
}
