using PrepPack.Layout.Text;

namespace PrepPack.Word;

/// <summary>
/// The width of text in one face, in font units, measured a word at a time: the words of a
/// document recur, so each is shaped once, where shaping whole paragraphs would shape every one
/// again. Spaces carry no kerning in the bundled faces, so the sum is the paragraph's own width.
/// </summary>
internal sealed class WordWidths(FontFace face)
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private int? _space;

    /// <summary>Wider than an int for megabytes of text: summed in a long.</summary>
    public long Of(ReadOnlySpan<char> text)
    {
        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var space = _space ??= face.Shape(" ", 1).Shape.Width;
        var rest = text;
        long width = 0;
        while (true)
        {
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (!word.IsEmpty)
            {
                if (!words.TryGetValue(word, out var units))
                {
                    var key = word.ToString();
                    _words[key] = units = face.Shape(key, 1).Shape.Width;
                }
                width += units;
            }
            if (end < 0) return width;
            width += space;
            rest = rest[(end + 1)..];
        }
    }
}
