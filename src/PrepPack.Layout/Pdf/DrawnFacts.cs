using PrepPack.Layout.Pdf.Fonts;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf;

/// <summary>What a document's pages draw that the PDF needs before it writes the first page.</summary>
internal sealed class DrawnFacts
{
    /// <summary>Each face drawn with, in the order first drawn.</summary>
    public List<FontFace> Faces { get; } = [];

    public Dictionary<FontFace, GlyphUse> Glyphs { get; } = [];

    /// <summary>The destinations a link or a bookmark leads to.</summary>
    public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);

    /// <summary>Where each destination is first drawn: its page (from 0), its point and the page's height.</summary>
    public Dictionary<string, (int Page, float X, float Y, float Height)> Places { get; } = new(StringComparer.Ordinal);
}
