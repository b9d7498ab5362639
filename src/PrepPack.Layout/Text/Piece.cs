namespace PrepPack.Layout.Text;

/// <summary>A piece of shaped text in one style, one face and one bidi level (odd: right to left).
/// A value, not an object: a paragraph holds one or more per word, and a bank holds hundreds of thousands of
/// words.</summary>
public readonly record struct Piece(ShapedText Shaped, TextStyle Style, byte Level = 0)
{
    public float Width => Shaped.Width;
    public bool RightToLeft => Level % 2 == 1;
}
