namespace PrepPack.Layout.Text;

/// <summary>A word, or part of one, on a line, and the spaces after it, which hang outside the line when it ends there.</summary>
internal sealed record LineItem(IReadOnlyList<Piece> Pieces, Piece? Space)
{
    public float Width { get; } = Sum(Pieces);

    public float SpaceWidth => Space?.Width ?? 0;

    /// <summary>The whole word, when the item is one: a line moving it whole or in part starts from this.</summary>
    public BreakUnit? Word { get; init; }

    /// <summary>The item ends in a hyphen the line breaking put there.</summary>
    public bool Hyphenated { get; init; }

    public static LineItem Whole(BreakUnit word) => new(word.Pieces, word.Space) { Word = word };

    public static float Sum(IReadOnlyList<Piece> pieces)
    {
        var width = 0f;
        for (var i = 0; i < pieces.Count; i++) width += pieces[i].Width;
        return width;
    }
}
