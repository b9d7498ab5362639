using System.Runtime.CompilerServices;
using System.Text;
using PrepPack.Layout.Pdf.Objects;

namespace PrepPack.Layout.Pdf.Fonts;

/// <summary>
/// The encoding of a font whose codes are one byte: each byte is the glyph's number (ISO 32000-1,
/// 9.7.5.3, an embedded CMap). Identity-H, the predefined one, takes two bytes a glyph. One
/// copy in a file serves all its fonts.
/// </summary>
internal static class OneByteCMap
{
    private static readonly ConditionalWeakTable<PdfObjects, object> Written = [];

    /// <summary>The CMap's object in <paramref name="objects"/>, added the first time a font asks.</summary>
    public static int Reference(PdfObjects objects) =>
        (int)Written.GetValue(objects, o => o.AddStream(Entries, Program));

    private const string Entries =
        "/Type /CMap /CMapName /PrepPack-OneByte-H"
        + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>";

    private static byte[] Program { get; } =
        Encoding.ASCII.GetBytes(
            """
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> def
            /CMapName /PrepPack-OneByte-H def
            /CMapType 1 def
            1 begincodespacerange
            <00> <FF>
            endcodespacerange
            1 begincidrange
            <00> <FF> 0
            endcidrange
            endcmap
            CMapName currentdict /CMap defineresource pop
            end
            end

            """
        );
}
