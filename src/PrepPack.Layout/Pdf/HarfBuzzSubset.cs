using System.Runtime.InteropServices;

namespace PrepPack.Layout.Pdf;

/// <summary>
/// The font subsetting functions of the HarfBuzz library that HarfBuzzSharp.NativeAssets ships.
/// HarfBuzzSharp binds shaping but not subsetting, so these are called directly.
/// </summary>
internal static partial class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";

    [Flags]
    public enum Flags : uint
    {
        NoHinting = 0x1,

        // The glyphs the shaper chose are drawn as they are: substitutions need not be followed.
        NoLayoutClosure = 0x200,
    }

    /// <summary>Which set of a subset input <see cref="hb_subset_input_set"/> returns.</summary>
    public enum Sets : uint
    {
        DropTableTag = 3,
        NameId = 4,
    }

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(Library)]
    public static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    public static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(Library)]
    public static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    public static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_set(IntPtr input, uint set);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_input_old_to_new_glyph_mapping(IntPtr input);

    [LibraryImport(Library)]
    public static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    public static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    public static partial void hb_set_clear(IntPtr set);

    [LibraryImport(Library)]
    public static partial void hb_map_set(IntPtr map, uint key, uint value);

    [LibraryImport(Library)]
    public static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    /// <summary>An OpenType table tag as HarfBuzz takes it: four ASCII letters, big-endian.</summary>
    public static uint Tag(string tag) => (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]);
}
