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
    /// UTF-16.</summary>
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
        // A bfchar block holds at most 100 entries.
        foreach (var block in entries.Chunk(100))
        {
            cmap.Append(block.Length).Append(" beginbfchar\n");
            foreach (var (glyph, text) in block)
                cmap.Append('<')
                    .Append(glyph.ToString(oneByte ? "X2" : "X4"))
                    .Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)))
                    .Append(">\n");
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
