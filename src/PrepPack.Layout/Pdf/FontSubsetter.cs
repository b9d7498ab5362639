using System.Runtime.InteropServices;
using PrepPack.Layout.Pdf.Fonts;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Cuts a font down to the glyphs a document draws: a whole face is about 400 KB, the glyphs
/// of ten index cards a few.
/// </summary>
internal static class FontSubsetter
{
    // Shaping is done before the PDF is written, and PDF readers draw glyphs by number: the
    // substitution, positioning and kerning tables would only add bytes.
    private static readonly string[] DroppedTables = ["GSUB", "GPOS", "GDEF", "kern", "BASE", "JSTF", "MATH"];

    // All a TrueType program drawn as a CIDFontType2 font needs (ISO 32000-1, 9.9): the page's codes
    // pick glyphs by number, the PDF gives the name, widths and metrics, so the character map,
    // names, PostScript and OS/2 tables are never read. The hinting tables go when hints do.
    private static readonly HashSet<string> TrueTypeTables = new(StringComparer.Ordinal)
    {
        "glyf",
        "loca",
        "head",
        "hhea",
        "hmtx",
        "maxp",
        "cvt ",
        "fpgm",
        "prep",
    };

    /// <summary>
    /// The subset font file and the number each used glyph has in it, or null when HarfBuzz could
    /// not subset this font. Used glyphs take the numbers in <paramref name="numbers"/> when given
    /// (glyph 0 keeps 0; a gap between numbers is an empty glyph of a few bytes), else 1, 2, 3… in
    /// the order of their old numbers: keeping the old numbers would leave an empty slot for every
    /// glyph of the font in the glyph index and the widths, which is most of a small subset's bytes.
    /// </summary>
    public static FontSubset? Subset(
        FontFace face,
        IEnumerable<ushort> glyphs,
        IEnumerable<int> codePoints,
        IReadOnlyDictionary<ushort, ushort>? numbers = null
    )
    {
        var pin = GCHandle.Alloc(face.Data, GCHandleType.Pinned);
        var blob = IntPtr.Zero;
        var source = IntPtr.Zero;
        var input = IntPtr.Zero;
        var subset = IntPtr.Zero;
        var result = IntPtr.Zero;
        try
        {
            blob = HarfBuzzSubset.hb_blob_create(
                pin.AddrOfPinnedObject(),
                (uint)face.Data.Length,
                1,
                IntPtr.Zero,
                IntPtr.Zero
            );
            source = HarfBuzzSubset.hb_face_create(blob, (uint)face.Index);
            input = HarfBuzzSubset.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
                return null;
            var program = new FontProgram(face.Data, face.Index);
            // An OpenType program with CFF outlines keeps its character map for the code points drawn.
            if (program.IsCff)
            {
                var unicodes = HarfBuzzSubset.hb_subset_input_unicode_set(input);
                foreach (var cp in codePoints)
                    HarfBuzzSubset.hb_set_add(unicodes, (uint)cp);
            }
            var kept = new SortedSet<ushort>(glyphs) { 0 };
            var glyphSet = HarfBuzzSubset.hb_subset_input_glyph_set(input);
            var mapping = HarfBuzzSubset.hb_subset_input_old_to_new_glyph_mapping(input);
            var renumbered = new Dictionary<ushort, ushort>(kept.Count);
            foreach (var glyph in kept)
            {
                var number =
                    glyph == 0 ? (ushort)0
                    : numbers is null ? (ushort)renumbered.Count
                    : numbers[glyph];
                HarfBuzzSubset.hb_set_add(glyphSet, glyph);
                HarfBuzzSubset.hb_map_set(mapping, glyph, number);
                renumbered[glyph] = number;
            }
            var dropped = HarfBuzzSubset.hb_subset_input_set(input, (uint)HarfBuzzSubset.Sets.DropTableTag);
            var drop = program.IsCff ? DroppedTables : program.Tables.Where(t => !TrueTypeTables.Contains(t));
            foreach (var table in drop)
                HarfBuzzSubset.hb_set_add(dropped, HarfBuzzSubset.Tag(table));
            // Of the names a CFF program keeps, a PDF reader needs only the PostScript name (id 6).
            var names = HarfBuzzSubset.hb_subset_input_set(input, (uint)HarfBuzzSubset.Sets.NameId);
            HarfBuzzSubset.hb_set_clear(names);
            HarfBuzzSubset.hb_set_add(names, 6);
            HarfBuzzSubset.hb_subset_input_set_flags(
                input,
                (uint)(HarfBuzzSubset.Flags.NoHinting | HarfBuzzSubset.Flags.NoLayoutClosure)
            );
            subset = HarfBuzzSubset.hb_subset_or_fail(source, input);
            if (subset == IntPtr.Zero)
                return null;
            result = HarfBuzzSubset.hb_face_reference_blob(subset);
            var data = HarfBuzzSubset.hb_blob_get_data(result, out var length);
            if (data == IntPtr.Zero || length == 0)
                return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return new FontSubset(bytes, renumbered);
        }
        finally
        {
            if (result != IntPtr.Zero)
                HarfBuzzSubset.hb_blob_destroy(result);
            if (subset != IntPtr.Zero)
                HarfBuzzSubset.hb_face_destroy(subset);
            if (input != IntPtr.Zero)
                HarfBuzzSubset.hb_subset_input_destroy(input);
            if (source != IntPtr.Zero)
                HarfBuzzSubset.hb_face_destroy(source);
            if (blob != IntPtr.Zero)
                HarfBuzzSubset.hb_blob_destroy(blob);
            pin.Free();
        }
    }
}
