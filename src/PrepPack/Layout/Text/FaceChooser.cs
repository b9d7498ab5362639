using System.Text;
using PrepPack.Diagnostics;

namespace PrepPack.Layout.Text;

/// <summary>
/// Picks, character by character, the first face of a style's families that has a glyph for it,
/// and splits text into runs that each use one face.
/// </summary>
public sealed class FaceChooser(FontLibrary library, IGlyphReporter reporter)
{
    public FontLibrary Library => library;

    public IReadOnlyList<FontFace> FacesOf(TextStyle style) =>
        style.Families.Select(f => library.Find(f, style.Bold, style.Italic)).OfType<FontFace>().ToList();

    /// <summary>Splits <paramref name="text"/> into runs of one face each.</summary>
    public IEnumerable<(string Text, FontFace Face)> Runs(string text, TextStyle style, SourceLocation where)
    {
        var faces = FacesOf(style);
        if (faces.Count == 0) throw new InvalidOperationException("No font of the style was found: " + string.Join(", ", style.Families));
        var start = 0;
        FontFace? current = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = Choose(faces, rune, where);
            if (current is not null && face != current)
            {
                yield return (text[start..index], current);
                start = index;
            }
            current = face;
            index += rune.Utf16SequenceLength;
        }
        if (current is not null) yield return (text[start..], current);
    }

    private FontFace Choose(IReadOnlyList<FontFace> faces, Rune rune, SourceLocation where)
    {
        // Spaces and controls take the first face so they never split a run on their own.
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is 0x200B or 0x2060 or 0x00AD)
            return faces[0];
        foreach (var face in faces)
            if (face.HasGlyph(rune.Value)) return face;
        reporter.MissingGlyph(rune.Value, where);
        return faces[0];
    }
}
