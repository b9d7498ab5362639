namespace PrepPack.Layout.Text;

/// <summary>A piece of shaped text in one style and one face.</summary>
public sealed record Piece(ShapedText Shaped, TextStyle Style)
{
    public float Width => Shaped.Width;
}
