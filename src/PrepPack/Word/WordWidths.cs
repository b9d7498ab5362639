using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PrepPack.Layout.Text;

namespace PrepPack.Word;

/// <summary>
/// The width of text in one face, in font units, measured a word at a time: the words of a
/// document recur, so each is shaped once, where shaping whole paragraphs would shape every one
/// again. Spaces carry no kerning in the bundled faces, so the sum is the paragraph's own width.
/// A word's width in a face never changes, so the widths are kept with the face for every
/// document after (the two one-pagers of a build share most of their words), safe to read from
/// the outputs made in parallel.
/// </summary>
internal sealed class WordWidths
{
    private static readonly ConditionalWeakTable<FontFace, WordWidths> ByFace = [];

    // As FontFace keeps its shapes: longer than any word, so a run of thousands of letters is measured and not kept.
    private const int LongestKept = 64;

    private readonly FontFace _face;
    private readonly ConcurrentDictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _space;

    private WordWidths(FontFace face)
    {
        _face = face;
        _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _space = face.Shape(" ", 1).Shape.Width;
    }

    public static WordWidths Of(FontFace face) => ByFace.GetValue(face, static f => new WordWidths(f));

    /// <summary>Wider than an int for megabytes of text: summed in a long.</summary>
    public long Of(ReadOnlySpan<char> text)
    {
        var rest = text;
        long width = 0;
        while (true)
        {
            var end = rest.IndexOf(' ');
            var word = end < 0 ? rest : rest[..end];
            if (!word.IsEmpty)
            {
                if (!_bySpan.TryGetValue(word, out var units))
                {
                    var key = word.ToString();
                    units = _face.Shape(key, 1).Shape.Width;
                    if (key.Length <= LongestKept)
                        _words[key] = units;
                }
                width += units;
            }
            if (end < 0)
                return width;
            width += _space;
            rest = rest[(end + 1)..];
        }
    }
}
