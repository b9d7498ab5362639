namespace PrepPack.Layout.Text;

/// <summary>Told about characters that no font in a style's families can draw.</summary>
public interface IGlyphReporter
{
    void MissingGlyph(int codePoint, object? origin);
}
