using PrepPack.Layout.Text.Hyphenation;

namespace PrepPack.Layout.Text;

/// <summary>What lies between two break opportunities: the text, then the spaces after it.</summary>
internal sealed record BreakUnit(IReadOnlyList<Piece> Pieces, Piece? Space, bool BreakAfter)
{
    public float Width { get; } = LineItem.Sum(Pieces);

    public float SpaceWidth => Space?.Width ?? 0;

    /// <summary>Where the word may take a hyphen; null when it never may (see <see cref="HyphenationCandidate"/>).</summary>
    public HyphenPoints? Hyphens { get; init; }
}
