using System.Text;

namespace PrepPack.Layout.Text;

/// <summary>
/// Picks, character by character, the first face of a style's families that has a glyph for it,
/// and splits text into runs that each use one face.
/// </summary>
public sealed class FaceChooser(FontLibrary library, IGlyphReporter reporter)
{
    // Asked once per word; styles are few, so the faces of each are found once. Keyed by the
    // families' names, not the list: callers build a new list for the same families.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<StyleKey, IReadOnlyList<FontFace>> _faces =
        new();

    /// <summary>How many distinct family lists and weights have been looked up.</summary>
    internal int CachedStyles => _faces.Count;

    // The words of a paragraph share one style object: the last one asked is answered without hashing its families.
    private Tuple<TextStyle, IReadOnlyList<FontFace>>? _last;

    public IReadOnlyList<FontFace> FacesOf(TextStyle style)
    {
        if (_last is { } last && ReferenceEquals(last.Item1, style))
            return last.Item2;
        var key = new StyleKey(style.Families, style.Bold, style.Italic);
        var faces = _faces.TryGetValue(key, out var known) ? known : _faces[key] = Find(style);
        _last = Tuple.Create(style, faces);
        return faces;
    }

    // Apart from FacesOf, so the lambda's closure is made only on a miss, not on every call.
    private List<FontFace> Find(TextStyle style) =>
        style.Families.Select(f => library.Find(f, style.Bold, style.Italic)).OfType<FontFace>().ToList();

    /// <summary>The one face that draws all of <paramref name="text"/>, when there is one: the usual case, found
    /// without splitting.</summary>
    public FontFace? SingleFace(string text, TextStyle style)
    {
        var faces = FacesOf(style);
        // Checked even for one face, so a character it lacks is still reported (by Runs).
        return faces.Count > 0 && AllIn(faces[0], text) ? faces[0] : null;
    }

    /// <summary>Splits <paramref name="text"/> into runs of one face each.</summary>
    public IEnumerable<(string Text, FontFace Face)> Runs(string text, TextStyle style, object? origin)
    {
        var faces = FacesOf(style);
        if (faces.Count == 0)
            throw new InvalidOperationException("No font of the style was found: " + string.Join(", ", style.Families));
        if (AllIn(faces[0], text))
        {
            yield return (text, faces[0]);
            yield break;
        }
        var start = 0;
        FontFace? current = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = Choose(faces, rune, origin);
            if (current is not null && face != current)
            {
                yield return (text[start..index], current);
                start = index;
            }
            current = face;
            index += rune.Utf16SequenceLength;
        }
        if (current is not null)
            yield return (text[start..], current);
    }

    private static bool AllIn(FontFace face, string text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (!face.HasGlyph(rune.Value) && !Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune))
                return false;
        return true;
    }

    private FontFace Choose(IReadOnlyList<FontFace> faces, Rune rune, object? origin)
    {
        // Spaces and controls take the first face so they never split a run on their own.
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is 0x200B or 0x2060 or 0x00AD)
            return faces[0];
        foreach (var face in faces)
            if (face.HasGlyph(rune.Value))
                return face;
        reporter.MissingGlyph(rune.Value, origin);
        return faces[0];
    }

    /// <summary>Equal when the families are the same names in the same order; no string is built per lookup.</summary>
    private readonly struct StyleKey(IReadOnlyList<string> families, bool bold, bool italic) : IEquatable<StyleKey>
    {
        private readonly IReadOnlyList<string> _families = families;
        private readonly bool _bold = bold;
        private readonly bool _italic = italic;

        public bool Equals(StyleKey other) =>
            _bold == other._bold
            && _italic == other._italic
            && (
                ReferenceEquals(_families, other._families)
                || _families.SequenceEqual(other._families, StringComparer.Ordinal)
            );

        public override bool Equals(object? obj) => obj is StyleKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            for (var i = 0; i < _families.Count; i++)
                hash.Add(_families[i], StringComparer.Ordinal);
            hash.Add(_bold);
            hash.Add(_italic);
            return hash.ToHashCode();
        }
    }
}
