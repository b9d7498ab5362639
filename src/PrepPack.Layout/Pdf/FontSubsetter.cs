using System.Runtime.InteropServices;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// Cuts a font down to the glyphs a document draws. Skia embeds whatever typeface it is given
/// whole (about 400 KB a face), so PrepPack hands it a face that holds only what is used.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>The subset font file, or null when HarfBuzz could not subset this font.</summary>
    public static byte[]? Subset(FontFace face, IEnumerable<ushort> glyphs, IEnumerable<int> codePoints)
    {
        var pin = GCHandle.Alloc(face.Data, GCHandleType.Pinned);
        var blob = IntPtr.Zero;
        var source = IntPtr.Zero;
        var input = IntPtr.Zero;
        var subset = IntPtr.Zero;
        var result = IntPtr.Zero;
        try
        {
            blob = HarfBuzzSubset.hb_blob_create(pin.AddrOfPinnedObject(), (uint)face.Data.Length, 1, IntPtr.Zero, IntPtr.Zero);
            source = HarfBuzzSubset.hb_face_create(blob, (uint)face.Index);
            input = HarfBuzzSubset.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero) return null;
            // Code points keep the cmap, so PDF readers can copy and search the text.
            var unicodes = HarfBuzzSubset.hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) HarfBuzzSubset.hb_set_add(unicodes, (uint)cp);
            var glyphSet = HarfBuzzSubset.hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs) HarfBuzzSubset.hb_set_add(glyphSet, glyph);
            HarfBuzzSubset.hb_subset_input_set_flags(input, (uint)(HarfBuzzSubset.Flags.NoHinting | HarfBuzzSubset.Flags.RetainGlyphIds));
            subset = HarfBuzzSubset.hb_subset_or_fail(source, input);
            if (subset == IntPtr.Zero) return null;
            result = HarfBuzzSubset.hb_face_reference_blob(subset);
            var data = HarfBuzzSubset.hb_blob_get_data(result, out var length);
            if (data == IntPtr.Zero || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != IntPtr.Zero) HarfBuzzSubset.hb_blob_destroy(result);
            if (subset != IntPtr.Zero) HarfBuzzSubset.hb_face_destroy(subset);
            if (input != IntPtr.Zero) HarfBuzzSubset.hb_subset_input_destroy(input);
            if (source != IntPtr.Zero) HarfBuzzSubset.hb_face_destroy(source);
            if (blob != IntPtr.Zero) HarfBuzzSubset.hb_blob_destroy(blob);
            pin.Free();
        }
    }
}
