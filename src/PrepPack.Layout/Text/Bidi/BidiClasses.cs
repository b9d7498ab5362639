using System.Globalization;

namespace PrepPack.Layout.Text.Bidi;

/// <summary>
/// The bidi class of a character, from a compact table instead of Unicode's full
/// DerivedBidiClass.txt (.NET has no public API for it, and ICU is off). It is exact for the
/// scripts and punctuation prep text uses: ASCII and Latin-1, general punctuation, digits and
/// number signs, Hebrew, Arabic (with its supplements, extensions and presentation forms),
/// Syriac, Thaana, NKo, Samaritan, Mandaic and the right-to-left ranges beyond the BMP. Other
/// characters take the class their general category implies (a mark is NSM, a space WS,
/// punctuation and symbols ON, a currency sign ET, anything else L), which is right for the
/// left-to-right scripts.
/// </summary>
public static class BidiClasses
{
    // Sorted, non-overlapping ranges that differ from what the general category implies.
    private static readonly (int First, int Last, BidiClass Class)[] Exceptions =
    [
        (0x0000, 0x0008, BidiClass.BN),
        (0x0009, 0x0009, BidiClass.S),
        (0x000A, 0x000A, BidiClass.B),
        (0x000B, 0x000B, BidiClass.S),
        (0x000C, 0x000C, BidiClass.WS),
        (0x000D, 0x000D, BidiClass.B),
        (0x000E, 0x001B, BidiClass.BN),
        (0x001C, 0x001E, BidiClass.B),
        (0x001F, 0x001F, BidiClass.S),
        (0x0020, 0x0020, BidiClass.WS),
        (0x0023, 0x0025, BidiClass.ET),
        (0x002B, 0x002B, BidiClass.ES),
        (0x002C, 0x002C, BidiClass.CS),
        (0x002D, 0x002D, BidiClass.ES),
        (0x002E, 0x002F, BidiClass.CS),
        (0x0030, 0x0039, BidiClass.EN),
        (0x003A, 0x003A, BidiClass.CS),
        (0x007F, 0x0084, BidiClass.BN),
        (0x0085, 0x0085, BidiClass.B),
        (0x0086, 0x009F, BidiClass.BN),
        (0x00A0, 0x00A0, BidiClass.CS),
        (0x00A2, 0x00A5, BidiClass.ET),
        (0x00AD, 0x00AD, BidiClass.BN),
        (0x00B0, 0x00B1, BidiClass.ET),
        (0x00B2, 0x00B3, BidiClass.EN),
        (0x00B9, 0x00B9, BidiClass.EN),
        // Arabic: number signs, Arabic-Indic digits and separators, Arabic comma and percent.
        (0x0600, 0x0605, BidiClass.AN),
        (0x0606, 0x0607, BidiClass.ON),
        (0x0609, 0x060A, BidiClass.ET),
        (0x060C, 0x060C, BidiClass.CS),
        (0x060E, 0x060F, BidiClass.ON),
        (0x061C, 0x061C, BidiClass.AL),
        (0x0660, 0x0669, BidiClass.AN),
        (0x066A, 0x066A, BidiClass.ET),
        (0x066B, 0x066C, BidiClass.AN),
        (0x06DD, 0x06DD, BidiClass.AN),
        (0x06DE, 0x06DE, BidiClass.ON),
        (0x06E9, 0x06E9, BidiClass.ON),
        (0x06F0, 0x06F9, BidiClass.EN),
        (0x07F6, 0x07F9, BidiClass.ON),
        (0x07FE, 0x07FF, BidiClass.ET),
        (0x0890, 0x0891, BidiClass.AN),
        (0x08E2, 0x08E2, BidiClass.AN),
        (0x1680, 0x1680, BidiClass.WS),
        (0x180E, 0x180E, BidiClass.BN),
        // General punctuation: spaces, marks, embeddings and isolates (ignored), per mille, fraction slash.
        (0x2000, 0x200A, BidiClass.WS),
        (0x200B, 0x200D, BidiClass.BN),
        (0x200E, 0x200E, BidiClass.L),
        (0x200F, 0x200F, BidiClass.R),
        (0x2028, 0x2028, BidiClass.WS),
        (0x2029, 0x2029, BidiClass.B),
        (0x202A, 0x202E, BidiClass.BN),
        (0x202F, 0x202F, BidiClass.CS),
        (0x2030, 0x2034, BidiClass.ET),
        (0x2044, 0x2044, BidiClass.CS),
        (0x205F, 0x205F, BidiClass.WS),
        (0x2060, 0x206F, BidiClass.BN),
        (0x2070, 0x2070, BidiClass.EN),
        (0x2074, 0x2079, BidiClass.EN),
        (0x207A, 0x207B, BidiClass.ES),
        (0x2080, 0x2089, BidiClass.EN),
        (0x208A, 0x208B, BidiClass.ES),
        (0x2212, 0x2212, BidiClass.ES),
        (0x2213, 0x2213, BidiClass.ET),
        (0x2488, 0x249B, BidiClass.EN),
        (0x3000, 0x3000, BidiClass.WS),
        (0xFB29, 0xFB29, BidiClass.ES),
        (0xFD3E, 0xFD3F, BidiClass.ON),
        (0xFDCF, 0xFDCF, BidiClass.ON),
        (0xFDFD, 0xFDFF, BidiClass.ON),
        (0xFE50, 0xFE50, BidiClass.CS),
        (0xFE52, 0xFE52, BidiClass.CS),
        (0xFE55, 0xFE55, BidiClass.CS),
        (0xFE5F, 0xFE5F, BidiClass.ET),
        (0xFE62, 0xFE63, BidiClass.ES),
        (0xFE69, 0xFE6A, BidiClass.ET),
        (0xFEFF, 0xFEFF, BidiClass.BN),
        (0xFF03, 0xFF05, BidiClass.ET),
        (0xFF0B, 0xFF0B, BidiClass.ES),
        (0xFF0C, 0xFF0C, BidiClass.CS),
        (0xFF0D, 0xFF0D, BidiClass.ES),
        (0xFF0E, 0xFF0F, BidiClass.CS),
        (0xFF10, 0xFF19, BidiClass.EN),
        (0xFF1A, 0xFF1A, BidiClass.CS),
        (0xFFE0, 0xFFE1, BidiClass.ET),
        (0xFFE5, 0xFFE6, BidiClass.ET),
        (0x10D30, 0x10D39, BidiClass.AN),
        (0x10E60, 0x10E7E, BidiClass.AN),
        (0x1D7CE, 0x1D7FF, BidiClass.EN),
    ];

    // The right-to-left blocks: letters and unassigned code points there are R or AL; marks stay NSM.
    private static readonly (int First, int Last, BidiClass Class)[] RightToLeftBlocks =
    [
        (0x0590, 0x05FF, BidiClass.R), // Hebrew
        (0x0600, 0x07BF, BidiClass.AL), // Arabic, Syriac, Arabic Supplement, Thaana
        (0x07C0, 0x085F, BidiClass.R), // NKo, Samaritan, Mandaic
        (0x0860, 0x08FF, BidiClass.AL), // Syriac Supplement, Arabic Extended-B and -A
        (0xFB1D, 0xFB4F, BidiClass.R), // Hebrew presentation forms
        (0xFB50, 0xFDFF, BidiClass.AL), // Arabic presentation forms A
        (0xFE70, 0xFEFF, BidiClass.AL), // Arabic presentation forms B
        (0x10800, 0x10CFF, BidiClass.R),
        (0x10D00, 0x10D3F, BidiClass.AL), // Hanifi Rohingya
        (0x10D40, 0x10F2F, BidiClass.R),
        (0x10F30, 0x10F6F, BidiClass.AL), // Sogdian
        (0x10F70, 0x10FFF, BidiClass.R),
        (0x1E800, 0x1EC6F, BidiClass.R),
        (0x1EC70, 0x1ECBF, BidiClass.AL), // Indic Siyaq numbers
        (0x1ECC0, 0x1ECFF, BidiClass.R),
        (0x1ED00, 0x1ED4F, BidiClass.AL), // Ottoman Siyaq numbers
        (0x1ED50, 0x1EDFF, BidiClass.R),
        (0x1EE00, 0x1EEFF, BidiClass.AL), // Arabic mathematical letters
        (0x1EF00, 0x1EFFF, BidiClass.R),
    ];

    public static BidiClass Of(int codePoint)
    {
        if (Find(Exceptions, codePoint) is { } exception)
            return exception;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            return BidiClass.NSM;
        if (Find(RightToLeftBlocks, codePoint) is { } rightToLeft)
            return rightToLeft;
        return category switch
        {
            UnicodeCategory.Format or UnicodeCategory.Control => BidiClass.BN,
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator => BidiClass.WS,
            UnicodeCategory.ParagraphSeparator => BidiClass.B,
            UnicodeCategory.CurrencySymbol => BidiClass.ET,
            UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.MathSymbol
            or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol
            or UnicodeCategory.OtherNumber => BidiClass.ON,
            _ => BidiClass.L,
        };
    }

    /// <summary>Whether <paramref name="text"/> may hold something the bidi algorithm sets right to left:
    /// a quick test, so text without such characters skips the algorithm (its levels are all 0).</summary>
    public static bool MayHaveRightToLeft(string text)
    {
        foreach (var c in text)
            if (
                c
                is >= '\u0590'
                    and <= '\u08FF'
                    or >= '\uFB1D'
                    and <= '\uFDFF'
                    or >= '\uFE70'
                    and <= '\uFEFE'
                    or '\u200F'
                    or '\u202B'
                    or '\u202E'
                    or '\u2067'
                    // High surrogates of U+10800-10FFF and U+1E800-1EFFF.
                    or >= '\uD802'
                    and <= '\uD803'
                    or >= '\uD83A'
                    and <= '\uD83B'
            )
                return true;
        return false;
    }

    private static BidiClass? Find((int First, int Last, BidiClass Class)[] ranges, int codePoint)
    {
        int low = 0,
            high = ranges.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (first, last, type) = ranges[middle];
            if (codePoint < first)
                high = middle - 1;
            else if (codePoint > last)
                low = middle + 1;
            else
                return type;
        }
        return null;
    }
}
