using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using PrepPack.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>The fonts a PDF embeds, read back as a viewer finds them: programs, widths, descriptors.</summary>
public class EmbeddedFontTests
{
    private const string Text =
        "---\ntitle: Fonts\n---\n\n# A heading → and “quotes”\n\n"
        + "Plain words, **bold words**, *italic words*, figures 0123456789 and office affairs.\n";

    private static IEnumerable<DictionaryToken> Dictionaries(PdfDocument pdf, string type)
    {
        foreach (var reference in pdf.Structure.CrossReferenceTable.ObjectOffsets.Keys)
            if (
                pdf.Structure.GetObject(reference).Data is DictionaryToken dictionary
                && dictionary.TryGet(NameToken.Type, out NameToken name)
                && name.Data == type
            )
                yield return dictionary;
    }

    private static T Resolve<T>(PdfDocument pdf, IToken token)
        where T : IToken =>
        token is IndirectReferenceToken reference ? (T)pdf.Structure.GetObject(reference.Data).Data : (T)token;

    private static byte[] Decoded(StreamToken stream)
    {
        var data = stream.Data.ToArray();
        if (!stream.StreamDictionary.ContainsKey(NameToken.Filter))
            return data;
        using var inflate = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflate.CopyTo(output);
        return output.ToArray();
    }

    private static PdfDocument Open()
    {
        var result = Render(Text);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return PdfInspection.Open(result.Bytes!);
    }

    [Fact]
    public void A_TrueType_subset_keeps_only_the_tables_that_draw_its_glyphs()
    {
        using var pdf = Open();
        var descriptors = Dictionaries(pdf, "FontDescriptor").ToList();
        Assert.True(descriptors.Count >= 3);
        foreach (var descriptor in descriptors)
        {
            var program = Decoded(Resolve<StreamToken>(pdf, descriptor.Data["FontFile2"]));
            var count = BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4));
            var tables = Enumerable
                .Range(0, count)
                .Select(i => Encoding.ASCII.GetString(program, 12 + 16 * i, 4))
                .Order(StringComparer.Ordinal);
            Assert.Equal(["glyf", "head", "hhea", "hmtx", "loca", "maxp"], tables);
        }
    }

    [Fact]
    public void Text_in_fonts_without_their_character_map_still_reads_back_letter_for_letter()
    {
        using var pdf = Open();
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("A heading → and “quotes”", text);
        Assert.Contains("Plain words, bold words, italic words, figures 0123456789 and office affairs.", text);
    }

    [Fact]
    public void Each_width_is_the_advance_of_its_glyph_in_the_program_to_two_decimals()
    {
        using var pdf = Open();
        foreach (var font in Dictionaries(pdf, "Font").Where(f => f.Data.ContainsKey("W")))
        {
            var descriptor = Resolve<DictionaryToken>(pdf, font.Data["FontDescriptor"]);
            var program = Decoded(Resolve<StreamToken>(pdf, descriptor.Data["FontFile2"]));
            var w = Resolve<ArrayToken>(pdf, font.Data["W"]).Data;
            var checkedWidths = 0;
            for (var i = 0; i < w.Count; i += 2)
            {
                var first = ((NumericToken)w[i]).Int;
                var widths = ((ArrayToken)w[i + 1]).Data.Cast<NumericToken>().ToList();
                for (var k = 0; k < widths.Count; k++, checkedWidths++)
                    Assert.Equal(Math.Round(Advance(program, first + k), 2), widths[k].Double, 6);
            }
            Assert.True(checkedWidths > 0);
        }
    }

    [Fact]
    public void The_one_byte_fonts_of_a_file_share_one_text_map()
    {
        using var pdf = Open();
        var fonts = Dictionaries(pdf, "Font").Where(f => f.Data.ContainsKey("ToUnicode")).ToList();
        Assert.True(fonts.Count >= 3);
        Assert.Single(fonts.Select(f => ((IndirectReferenceToken)f.Data["ToUnicode"]).Data).Distinct());
    }

    [Fact]
    public void Text_reads_back_when_the_fonts_draw_more_characters_than_one_map_of_byte_codes_holds()
    {
        static string Run(int from, int to) =>
            string.Concat(Enumerable.Range(from, to - from).Select(c => (char)c + (c % 8 == 7 ? " " : ""))).Trim();
        // About 190 characters beyond Latin-1 in the plain face, 60 others in bold: more codes than a byte has.
        var plain = Run(0x100, 0x180) + " " + Run(0x410, 0x450);
        var bold = Run(0x180, 0x1C0);
        var result = Render($"---\ntitle: Many\n---\n\n{plain}\n\n**{bold}**\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains(plain.Replace(" ", ""), text.Replace(" ", ""));
        Assert.Contains(bold.Replace(" ", ""), text.Replace(" ", ""));
        // Both fonts still take one byte a glyph (an embedded CMap, not Identity-H); the second has a map of its own.
        var fonts = Dictionaries(pdf, "Font").Where(f => f.Data.ContainsKey("ToUnicode")).ToList();
        Assert.Equal(2, fonts.Count);
        Assert.All(fonts, f => Assert.IsType<IndirectReferenceToken>(f.Data["Encoding"]));
        Assert.Equal(2, fonts.Select(f => ((IndirectReferenceToken)f.Data["ToUnicode"]).Data).Distinct().Count());
    }

    [Fact]
    public void A_face_drawing_more_glyphs_than_a_byte_holds_takes_two_bytes_a_glyph_and_reads_back()
    {
        var many = string.Join(
            ' ',
            Enumerable.Range(0x100, 0x150).Select(c => (char)c).Chunk(8).Select(word => new string(word))
        );
        var result = Render($"---\ntitle: Many\n---\n\n{many}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        var text = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains(many.Replace(" ", ""), text.Replace(" ", ""));
        var font = Dictionaries(pdf, "Font").Single(f => f.Data.ContainsKey("ToUnicode"));
        Assert.Equal("Identity-H", ((NameToken)font.Data["Encoding"]).Data);
    }

    /// <summary>A glyph's advance in thousandths of the type size, from the program's head, hhea and hmtx
    /// tables.</summary>
    private static double Advance(byte[] program, int glyph)
    {
        var tables = Enumerable
            .Range(0, BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(4)))
            .ToDictionary(
                i => Encoding.ASCII.GetString(program, 12 + 16 * i, 4),
                i => (int)BinaryPrimitives.ReadUInt32BigEndian(program.AsSpan(12 + 16 * i + 8))
            );
        int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(program.AsSpan(at));
        var metrics = U16(tables["hhea"] + 34);
        var advance = U16(tables["hmtx"] + 4 * Math.Min(glyph, metrics - 1));
        return advance * 1000.0 / U16(tables["head"] + 18);
    }

    [Fact]
    public void A_font_descriptor_gives_its_box_and_heights_in_whole_units()
    {
        using var pdf = Open();
        foreach (var descriptor in Dictionaries(pdf, "FontDescriptor"))
        {
            var box = ((ArrayToken)descriptor.Data["FontBBox"]).Data.Cast<NumericToken>().Select(n => n.Double);
            var heights = new[] { "Ascent", "Descent", "CapHeight" }.Select(k =>
                ((NumericToken)descriptor.Data[k]).Double
            );
            Assert.All(box.Concat(heights), v =>
                Assert.Equal(
                    Math.Round(v).ToString(CultureInfo.InvariantCulture),
                    v.ToString(CultureInfo.InvariantCulture)
                )
            );
        }
    }
}
