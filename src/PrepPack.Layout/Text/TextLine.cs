namespace PrepPack.Layout.Text;

/// <summary>A piece of shaped text placed on a line, with its left edge.</summary>
public sealed record PlacedText(float X, ShapedText Shaped, TextStyle Style, float Width);

/// <summary>One laid-out line of a paragraph.</summary>
public sealed record TextLine(IReadOnlyList<PlacedText> Pieces, float Width, float Height, float Baseline)
{
    public string Text => string.Concat(Pieces.Select(p => p.Shaped.Text));
}
