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
    public void Widths_leave_the_most_common_one_to_the_default_and_carry_at_most_two_decimals()
    {
        using var pdf = Open();
        foreach (var font in Dictionaries(pdf, "Font").Where(f => f.Data.ContainsKey("W")))
        {
            var common = ((NumericToken)font.Data["DW"]).Double;
            var widths = Resolve<ArrayToken>(pdf, font.Data["W"])
                .Data.OfType<ArrayToken>()
                .SelectMany(run => run.Data.Cast<NumericToken>())
                .Select(w => w.Double)
                .ToList();
            Assert.NotEmpty(widths);
            Assert.DoesNotContain(common, widths);
            Assert.All(widths.Append(common), w => Assert.Equal(Math.Round(w, 2), w, 6));
        }
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
