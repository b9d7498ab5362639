using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Theming;

namespace PrepPack.Word;

/// <summary>
/// The fonts a document names, described so Word can stand in a close one where they are not
/// installed. The fonts are not embedded: the one-pagers are for editing, embedding would add
/// about a megabyte a file, and Word then keeps the document to that font. Instead each family
/// carries its class (serif, sans, fixed pitch) and PANOSE numbers, which Word matches to the
/// nearest installed font: DejaVu Serif reads as a Times-like serif, DejaVu Sans as an Arial-like sans.
/// </summary>
internal static class WordFontTable
{
    private static readonly Dictionary<string, (FontFamilyValues Family, FontPitchValues Pitch, string Panose)> Known =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [BundledFonts.Serif] = (FontFamilyValues.Roman, FontPitchValues.Variable, "02060603050605020204"),
            [BundledFonts.Sans] = (FontFamilyValues.Swiss, FontPitchValues.Variable, "020B0603030804020204"),
            [BundledFonts.Mono] = (FontFamilyValues.Modern, FontPitchValues.Fixed, "020B0609030804020204"),
        };

    public static void Add(MainDocumentPart main, IEnumerable<string> families)
    {
        var fonts = new Fonts();
        foreach (var family in families.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var font = new Font { Name = family };
            if (Known.TryGetValue(family, out var known))
            {
                font.Append(new Panose1Number { Val = known.Panose });
                font.Append(new FontCharSet { Val = "00" });
                font.Append(new FontFamily { Val = known.Family });
                font.Append(new Pitch { Val = known.Pitch });
            }
            fonts.Append(font);
        }
        main.AddNewPart<FontTablePart>("rIdFonts").Fonts = fonts;
    }
}
