namespace PrepPack.Layout.Text;

/// <summary>Shaped text at a type size: what a line holds and a canvas draws.</summary>
public sealed record ShapedText(FontFace Face, float Size, GlyphShape Shape)
{
    public float Scale => Size / Face.UnitsPerEm;
    public float Width => Shape.Width * Scale;
    public float Ascent => Face.Ascender * Scale;
    public float Descent => Face.Descender * Scale;
    public string Text => Shape.Text;
}
