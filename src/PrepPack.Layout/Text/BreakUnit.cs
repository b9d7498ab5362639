namespace PrepPack.Layout.Text;

/// <summary>What lies between two break opportunities: the text, then the spaces after it.</summary>
internal sealed record BreakUnit(IReadOnlyList<Piece> Pieces, Piece? Space, bool BreakAfter)
{
    public float Width { get; } = Sum(Pieces);

    private static float Sum(IReadOnlyList<Piece> pieces)
    {
        var width = 0f;
        for (var i = 0; i < pieces.Count; i++) width += pieces[i].Width;
        return width;
    }
    public float SpaceWidth => Space?.Width ?? 0;
}
