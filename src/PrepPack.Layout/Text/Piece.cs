namespace PrepPack.Layout.Text;

/// <summary>A piece of shaped text in one style, one face and one bidi level (odd: right to left).</summary>
public sealed record Piece(ShapedText Shaped, TextStyle Style, byte Level = 0)
{
    public float Width => Shaped.Width;
    public bool RightToLeft => Level % 2 == 1;
}
