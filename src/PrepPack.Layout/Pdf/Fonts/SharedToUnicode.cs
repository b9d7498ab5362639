using System.Runtime.CompilerServices;
using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Layout.Pdf.Fonts;

/// <summary>
/// One ToUnicode CMap for all the one-byte fonts of a file. Each byte code stands for the same
/// text in every font that uses it ("a" is 97 in each, "→" the same free code in each), so one
/// map serves them all: a map of its own per font repeated the same letters and the same
/// preamble, about a tenth of a kilobyte compressed per font.
/// </summary>
internal sealed class SharedToUnicode
{
    private static readonly ConditionalWeakTable<PdfObjects, SharedToUnicode> Files = [];

    // Codes handed out in this order when a glyph cannot take its character's code: the control
    // characters first, then those after "~", so printable codes stay free for the characters of later
    // fonts and the highest code (the program's glyph count, each number below it a glyph, if empty)
    // stays low; line ends last, as a string spells them with two bytes.
    private static readonly int[] FreeOrder = Enumerable
        .Range(1, byte.MaxValue)
        .OrderBy(c =>
            c is '\n' or '\r' ? 3
            : c < ' ' ? 0
            : c > '~' ? 1
            : 2
        )
        .ToArray();

    // What each code stands for in every font that uses it: null for free, "" for a glyph without text.
    private readonly string?[] _texts = new string?[byte.MaxValue + 1];
    private int _reference;

    /// <summary>The map of the file <paramref name="objects"/> makes.</summary>
    public static SharedToUnicode For(PdfObjects objects) => Files.GetValue(objects, _ => new SharedToUnicode());

    /// <summary>
    /// A one-byte code for each glyph of <paramref name="use"/> (glyph 0 keeps 0) that stands for
    /// the glyph's text as every other font using the code has it: a glyph of one printable ASCII
    /// character takes that character's code where it can, so a page's strings read as its text.
    /// Null, and nothing taken, when the codes left cannot tell this font's glyphs apart.
    /// </summary>
    public Dictionary<ushort, ushort>? Codes(GlyphUse use)
    {
        var glyphs = use.Glyphs.Where(g => g != 0).ToList();
        if (glyphs.Count > byte.MaxValue)
            return null;
        var texts = (string?[])_texts.Clone();
        var here = new bool[byte.MaxValue + 1];
        here[0] = true;
        var codes = new Dictionary<ushort, ushort>(glyphs.Count + 1) { [0] = 0 };
        var byText = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var c = 1; c <= byte.MaxValue; c++)
            if (texts[c] is { } known)
                (byText.TryGetValue(known, out var list) ? list : byText[known] = []).Add(c);
        var later = new List<(ushort Glyph, string Text)>();
        foreach (var glyph in glyphs)
        {
            var text = use.Text.GetValueOrDefault(glyph, "");
            var code = -1;
            if (text is [var c and > '\0' and <= '~'] && !here[c] && (texts[c] is null || texts[c] == text))
                code = c;
            else if (byText.TryGetValue(text, out var same))
                code = same.FirstOrDefault(s => !here[s], -1);
            if (code < 0)
            {
                later.Add((glyph, text));
                continue;
            }
            texts[code] = text;
            here[code] = true;
            codes[glyph] = (ushort)code;
        }
        var free = FreeOrder.Where(c => texts[c] is null).GetEnumerator();
        foreach (var (glyph, text) in later)
        {
            if (!free.MoveNext())
                return null;
            texts[free.Current] = text;
            codes[glyph] = (ushort)free.Current;
        }
        texts.CopyTo(_texts, 0);
        return codes;
    }

    /// <summary>
    /// Writes the map of every code handed out so far, and returns its object: the first font
    /// reserves it, and each font after writes it again with its own codes added, so the last
    /// one written holds them all.
    /// </summary>
    public int Write(PdfObjects objects)
    {
        if (_reference == 0)
            _reference = objects.Reserve();
        // A free code between two that stand for their own characters is written as its own character too,
        // which no font draws: "A" to "Z" is then one range, not a range for each run of letters used.
        var texts = (string?[])_texts.Clone();
        bool Own(int c) => texts[c] is [var t] && t == c;
        for (var c = 1; c < byte.MaxValue; c++)
        {
            if (texts[c] is not null || !Own(c - 1))
                continue;
            var next = c + 1;
            while (next < byte.MaxValue && texts[next] is null)
                next++;
            if (Own(next))
                for (; c < next; c++)
                    texts[c] = ((char)c).ToString();
        }
        var entries = Enumerable
            .Range(1, byte.MaxValue)
            .Where(c => !string.IsNullOrEmpty(texts[c]))
            .Select(c => ((ushort)c, texts[c]!));
        objects.SetStream(_reference, "", GlyphUse.ToUnicode(entries, oneByte: true));
        return _reference;
    }
}
