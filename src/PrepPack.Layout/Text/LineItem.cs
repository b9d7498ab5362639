namespace PrepPack.Layout.Text;

/// <summary>A word, or part of one, on a line, and the spaces after it, which hang outside the line when it ends
/// there.</summary>
internal readonly record struct LineItem(ArraySegment<Piece> Pieces, Piece? Space)
{
    public float Width { get; } = Sum(Pieces);

    public float SpaceWidth => Space?.Width ?? 0;

    /// <summary>The whole word, when the item is one, as its filler numbers it (see <see cref="LineFiller"/>);
    /// -1 when the item is part of a word. A line moving it whole or in part starts from that word.</summary>
    public int Word { get; init; } = -1;

    /// <summary>The item ends in a hyphen the line breaking put there.</summary>
    public bool Hyphenated { get; init; }

    public static LineItem Whole(BreakUnit word, int number) => new(word.Pieces, word.Space) { Word = number };

    public static float Sum(ArraySegment<Piece> pieces)
    {
        var width = 0f;
        for (var i = 0; i < pieces.Count; i++)
            width += pieces[i].Width;
        return width;
    }
}
