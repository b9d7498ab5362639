using System.Globalization;
using System.Text;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf.Fonts;

/// <summary>
/// One face as a PDF font: a composite (Type 0) font whose codes are the glyph numbers of a
/// subset font program (one byte each when the subset has at most 256 glyphs, as Latin text
/// does, which takes a tenth off a text-heavy file, numbered as the characters they draw where
/// they can be; two bytes otherwise), with each glyph's
/// width and the text it stands for. Text is
/// shaped before it is written, so the PDF only places glyphs; the widths tell a reader how
/// far each moves the pen, and the page says where shaping moved it further (kerning).
/// </summary>
internal sealed class EmbeddedFont
{
    private readonly IReadOnlyDictionary<ushort, ushort>? _numbers;
    private readonly Dictionary<ushort, double> _widths;

    private EmbeddedFont(
        string resource,
        int reference,
        int unitsPerEm,
        IReadOnlyDictionary<ushort, ushort>? numbers,
        Dictionary<ushort, double> widths,
        bool oneByte
    )
    {
        OneByte = oneByte;
        Resource = resource;
        Reference = reference;
        UnitsPerEm = unitsPerEm;
        _numbers = numbers;
        _widths = widths;
    }

    /// <summary>The font's name in a page's resources: "F1".</summary>
    public string Resource { get; }

    /// <summary>The Type 0 font object.</summary>
    public int Reference { get; }

    public int UnitsPerEm { get; }

    /// <summary>Whether a glyph's code in the page's strings is one byte (else two).</summary>
    public bool OneByte { get; }

    /// <summary>The glyph's number in the embedded program, which is its code in the page's strings.</summary>
    public ushort Number(ushort glyph) => _numbers is null ? glyph : _numbers[glyph];

    /// <summary>The glyph's width as written in the font's /W array, in thousandths of the type size.</summary>
    public double Width(ushort glyph) => _widths[glyph];

    /// <param name="index">The font's place among the document's fonts, for its resource name and subset tag.</param>
    public static EmbeddedFont Write(PdfObjects objects, FontFace face, GlyphUse use, int index)
    {
        var shared = SharedToUnicode.For(objects);
        var sharedCodes = shared.Codes(use);
        var subset = FontSubsetter.Subset(face, use.Glyphs, use.CodePoints, sharedCodes ?? CharacterCodes(use));
        if (subset is null && face.Data.AsSpan().StartsWith("ttcf"u8))
            throw new InvalidDataException(
                $"The font {face.Key} ({face.Origin}) could not be cut to the glyphs used, and a font collection "
                    + "cannot be embedded whole."
            );
        var data = subset?.Data ?? face.Data;
        // The descriptor is read from the whole face: a subset keeps only the tables that draw glyphs.
        var program = new FontProgram(face.Data, face.Index);
        var scale = 1000.0 / face.UnitsPerEm;
        var widths = use.Glyphs.ToDictionary(g => g, g => Math.Round(face.Advance(g) * scale, WidthDecimals));
        ushort Number(ushort glyph) => subset is null ? glyph : subset.Glyphs[glyph];
        var oneByte = subset is not null && use.Glyphs.All(g => Number(g) <= byte.MaxValue);

        // A subset's name starts with six capital letters of its own (ISO 32000-1, 9.6.4).
        var name = Tag(index) + "+" + (program.PostScriptName ?? face.Key.Replace(" ", ""));
        var file = objects.AddStream(program.IsCff ? "/Subtype /OpenType" : $"/Length1 {data.Length}", data);
        var em = 1000.0 / program.UnitsPerEm;
        var box = program.Box;
        var italic = face.Italic || program.ItalicAngle != 0;
        var flags = 4 | (program.IsFixedPitch ? 1 : 0) | (italic ? 64 : 0);
        var descriptor = objects.Add(
            $"<</Type /FontDescriptor /FontName {PdfFormat.Name(name)} /Flags {flags}"
                // Whole units, the box rounded outwards: readers use these to size and place a line, not a glyph.
                + $" /FontBBox [{N(Math.Floor(box.XMin * em))} {N(Math.Floor(box.YMin * em))} "
                + $"{N(Math.Ceiling(box.XMax * em))} {N(Math.Ceiling(box.YMax * em))}] "
                + $"/ItalicAngle {N(program.ItalicAngle)}"
                + $" /Ascent {N(Math.Round(program.Ascent * em))} /Descent {N(Math.Round(program.Descent * em))}"
                + $" /CapHeight {N(Math.Round(program.CapHeight * em))}"
                // Readers use the stem width only to fake a missing font; the usual guesses by weight.
                + $" /StemV {(face.Bold || program.IsBold ? 120 : 80)} "
                + $"{(program.IsCff ? "/FontFile3" : "/FontFile2")} {PdfObjects.Reference(file)}>>"
        );
        var glyphWidths = Widths(use.Glyphs.Select(g => (Number(g), widths[g])));
        var cidFont = objects.Add(
            $"<</Type /Font /Subtype {(program.IsCff ? "/CIDFontType0" : "/CIDFontType2")} /BaseFont "
                + $"{PdfFormat.Name(name)}"
                + " /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>"
                + $" /FontDescriptor "
                + $"{PdfObjects.Reference(descriptor)}{(program.IsCff ? "" : " /CIDToGIDMap /Identity")}"
                + $" /W [{glyphWidths}]>>"
        );
        var toUnicode =
            sharedCodes is not null && oneByte
                ? shared.Write(objects)
                : objects.AddStream("", GlyphUse.ToUnicode(use.Text.Select(t => (Number(t.Key), t.Value)), oneByte));
        var encoding = oneByte ? PdfObjects.Reference(OneByteCMap.Reference(objects)) : "/Identity-H";
        var font = objects.Add(
            $"<</Type /Font /Subtype /Type0 /BaseFont {PdfFormat.Name(name)} /Encoding {encoding}"
                + $" /DescendantFonts [{PdfObjects.Reference(cidFont)}] /ToUnicode {PdfObjects.Reference(toUnicode)}>>"
        );
        return new EmbeddedFont(
            "F" + (index + 1).ToString(CultureInfo.InvariantCulture),
            font,
            face.UnitsPerEm,
            subset?.Glyphs,
            widths,
            oneByte
        );
    }

    // Two decimals: any width then differs from the font's by under 0.005 thousandths of the type
    // size, so the page's pen positions (rounded to whole thousandths with the remainder carried)
    // need no more corrections than with exact widths. Whole numbers would be off by up to 0.5,
    // and the page would correct for it every few glyphs, which costs more than it saves.
    private const int WidthDecimals = 2;

    /// <summary>The /W array: widths by runs of codes in a row, "first [width width …]".</summary>
    /// <remarks>
    /// No /DW for the most common width: it would save a few dozen bytes, but a reader takes it for
    /// a code the font does not draw too, a space in most fonts, and poppler then finds words and
    /// columns apart where it did not before.
    /// </remarks>
    private static string Widths(IEnumerable<(ushort Code, double Width)> glyphs)
    {
        var all = glyphs.Where(g => g.Code != 0).OrderBy(g => g.Code).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < all.Count; i++)
        {
            if (i == 0 || all[i].Code != all[i - 1].Code + 1)
                text.Append(i == 0 ? "" : "] ").Append(all[i].Code).Append(" [");
            else
                text.Append(' ');
            text.Append(N(all[i].Width));
        }
        if (all.Count > 0)
            text.Append(']');
        return text.ToString();
    }

    /// <summary>
    /// Glyph numbers of one byte for a face that draws at most 255 glyphs: a glyph that stands for
    /// one Latin-1 character is numbered with that character's code, so a page's strings read as
    /// its text and compress as text; the other glyphs take the codes left free (a line end last,
    /// as a string spells it with two bytes). Null when the glyphs do not fit in one byte.
    /// </summary>
    private static Dictionary<ushort, ushort>? CharacterCodes(GlyphUse use)
    {
        var glyphs = use.Glyphs.Where(g => g != 0).ToList();
        if (glyphs.Count > byte.MaxValue)
            return null;
        var codes = new Dictionary<ushort, ushort>(glyphs.Count + 1) { [0] = 0 };
        var taken = new bool[byte.MaxValue + 1];
        taken[0] = true;
        foreach (var glyph in glyphs)
        {
            if (
                !use.Text.TryGetValue(glyph, out var text)
                || text is not [var c and > '\0' and <= '\u00FF']
                || taken[c]
            )
                continue;
            codes[glyph] = c;
            taken[c] = true;
        }
        var free = Enumerable.Range(1, byte.MaxValue).Where(c => !taken[c]).OrderBy(c => c is '\n' or '\r');
        using var next = free.GetEnumerator();
        foreach (var glyph in glyphs)
            if (!codes.ContainsKey(glyph) && next.MoveNext())
                codes[glyph] = (ushort)next.Current;
        return codes;
    }

    /// <summary>AAAAAA, BAAAAA, … : the font's place in the document, in capital letters.</summary>
    private static string Tag(int index)
    {
        var tag = new char[6];
        for (var i = 0; i < 6; i++, index /= 26)
            tag[i] = (char)('A' + index % 26);
        return new string(tag);
    }

    private static string N(double value) => PdfFormat.Number(value);
}
