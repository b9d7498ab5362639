using System.Globalization;
using System.Text;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf.Fonts;

/// <summary>
/// What a document draws with one face: the glyphs, the code points they came from, and for
/// each glyph the text it stands for (the first time it is drawn), which readers copy and
/// search: "ffi" for a ligature, the letter as written for an Arabic joining form.
/// </summary>
internal sealed class GlyphUse
{
    public SortedSet<ushort> Glyphs { get; } = [];
    public HashSet<int> CodePoints { get; } = [];
    public Dictionary<ushort, string> Text { get; } = [];

    // The word shapes already looked at, by identity: the same word drawn again adds nothing.
    private readonly HashSet<GlyphShape> _seen = new(ReferenceEqualityComparer.Instance);

    public void Add(GlyphShape shape)
    {
        // A line's run of words is its words' shapes; pages draw the same words again and again, and each is looked at
        // once.
        if (shape.Parts is { } parts)
        {
            for (var i = 0; i < parts.Length; i++)
                Add(parts[i].Shape);
            return;
        }
        if (!_seen.Add(shape))
            return;
        foreach (var rune in shape.Text.EnumerateRunes())
            CodePoints.Add(rune.Value);
        var clusters = shape.Clusters;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            var glyph = shape.Glyphs[i];
            Glyphs.Add(glyph);
            // The first glyph of a cluster stands for all of its text; the others (marks, parts) for none.
            if (Text.ContainsKey(glyph) || i > 0 && clusters[i - 1] == clusters[i])
                continue;
            var start = clusters[i];
            var end = NextClusterStart(shape, start);
            if (end > start)
                Text[glyph] = shape.Text[start..end];
        }
    }

    /// <summary>Where the text of the cluster starting at <paramref name="start"/> ends: the next cluster's start in
    /// text order, whatever the glyph order.</summary>
    private static int NextClusterStart(GlyphShape shape, int start)
    {
        var next = shape.Text.Length;
        foreach (var cluster in shape.Clusters)
            if (cluster > start && cluster < next)
                next = cluster;
        return next;
    }

    /// <summary>The ToUnicode CMap: each glyph number, as the font program numbers it, and its text in
    /// UTF-16; runs of numbers that stand for runs of characters as ranges.</summary>
    public static byte[] ToUnicode(IEnumerable<(ushort Glyph, string Text)> glyphs, bool oneByte = false)
    {
        var entries = glyphs.Where(g => g.Text.Length > 0).OrderBy(g => g.Glyph).ToList();
        var cmap = new StringBuilder(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange

            """
        ).Append(oneByte ? "<00> <FF>\n" : "<0000> <FFFF>\n").Append("endcodespacerange\n");
        var format = oneByte ? "X2" : "X4";
        string Code(int code) => "<" + code.ToString(format, CultureInfo.InvariantCulture) + ">";
        string Utf16(string text) => "<" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";
        // Codes in a row that stand for characters in a row (as a font numbered by its characters has) are
        // one range; the others one entry each. A block holds at most 100 of either.
        var ranges = new List<(int From, int To, string Text)>();
        var single = new List<(int Code, string Text)>();
        for (var i = 0; i < entries.Count; )
        {
            var end = i;
            while (
                end + 1 < entries.Count
                && entries[end + 1].Glyph == entries[end].Glyph + 1
                && entries[end + 1].Glyph >> 8 == entries[i].Glyph >> 8
                && entries[end].Text is [var c and not (>= '\uD800' and <= '\uDFFF')]
                && entries[end + 1].Text is [var d]
                && d == c + 1
                // A range steps the last byte of its text only: ÿ to Ā would carry into the byte before.
                && d >> 8 == entries[i].Text[0] >> 8
            )
                end++;
            if (end > i)
                ranges.Add((entries[i].Glyph, entries[end].Glyph, entries[i].Text));
            else
                single.Add((entries[i].Glyph, entries[i].Text));
            i = end + 1;
        }
        foreach (var block in ranges.Chunk(100))
        {
            cmap.Append(block.Length).Append(" beginbfrange\n");
            foreach (var (from, to, text) in block)
                cmap.Append(Code(from)).Append(' ').Append(Code(to)).Append(' ').Append(Utf16(text)).Append('\n');
            cmap.Append("endbfrange\n");
        }
        foreach (var block in single.Chunk(100))
        {
            cmap.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (code, text) in block)
                cmap.Append(Code(code)).Append(' ').Append(Utf16(text)).Append('\n');
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
