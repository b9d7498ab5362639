using System.Diagnostics;
using System.Text;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Tests.Support;
using UglyToad.PdfPig.Tokens;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>The file the PDF writer makes, read back byte by byte and as a viewer reads it.</summary>
public class PdfFileTests
{
    private const string Justified =
        "---\ntitle: Glyphs\njustify: true\n---\n\n"
        + "AVATAR, Wave To. “Quoted” office affairs and a paragraph long enough to wrap onto a second line, so that "
        + "its spaces stretch to the margin as justified text does, "
        + "with Hebrew שלום עולם and an Arabic السعر in it.\n";

    /// <summary>Where the layout put each glyph's origin on the page, in drawing order.</summary>
    private static IEnumerable<(double X, double Y)> Origins(TextCommand text)
    {
        var shape = text.Text.Shape;
        var x = (double)text.X;
        for (var i = 0; i < shape.Glyphs.Length; i++)
        {
            yield return (x + shape.OffsetsX[i] * text.Text.Scale, text.Baseline - shape.OffsetsY[i] * text.Text.Scale);
            x += shape.Advances[i] * text.Text.Scale;
        }
    }

    [Theory]
    [InlineData("Plain title", "(Plain title)")]
    [InlineData("Risk (and cost) \\ gain", "(Risk \\(and cost\\) \\\\ gain)")]
    [InlineData("Café", "<FEFF00430061006600E9>")]
    [InlineData("★", "<FEFF2605>")]
    public void A_title_is_a_literal_string_when_ascii_and_utf16_with_a_byte_order_mark_otherwise(
        string title,
        string written
    )
    {
        Assert.Equal(written, PdfTextString.Encode(title));
    }

    [Theory]
    [InlineData("cards", "/cards")]
    [InlineData("café ★", "/caf#C3#A9#20#E2#98#85")]
    [InlineData("a(b)#c", "/a#28b#29#23c")]
    public void A_destination_name_keeps_plain_letters_and_writes_the_rest_as_hex_bytes(string name, string written)
    {
        Assert.Equal(written, PdfFormat.Name(name));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.0001, "0")]
    [InlineData(12.5, "12.5")]
    [InlineData(0.125, ".125")]
    [InlineData(-0.5, "-.5")]
    [InlineData(-3, "-3")]
    [InlineData(792, "792")]
    [InlineData(0.0005, "0")]
    [InlineData(0.0015, ".002")]
    [InlineData(1.05, "1.05")]
    [InlineData(-612.3456, "-612.346")]
    public void A_number_in_page_content_has_at_most_three_decimals_and_no_needless_zero(double value, string written)
    {
        Assert.Equal(written, PdfFormat.Number(value));
    }

    [Fact]
    public void Numbers_are_spelt_as_rounding_to_three_decimals_prints_them_for_any_value_on_a_page()
    {
        var random = new Random(15);
        for (var i = 0; i < 100_000; i++)
        {
            var value = (random.NextDouble() - 0.5) * 4000;
            var text = Math.Round(value, 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
            var expected =
                text == "-0" ? "0"
                : text.StartsWith("0.") ? text[1..]
                : text.StartsWith("-0.") ? "-" + text[2..]
                : text;
            Assert.Equal(expected, PdfFormat.Number(value));
        }
    }

    [Fact]
    public void Every_glyph_is_drawn_where_the_layout_placed_it_with_kerning_and_justified_spaces()
    {
        var result = Render(Justified);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Layout!.Pages[0];
        var expected = page.Texts.SelectMany(Origins).ToList();
        using var pdf = PdfInspection.Open(result.Bytes!);
        var letters = pdf.GetPage(1).Letters;
        Assert.Equal(expected.Count, letters.Count);
        // Places are written to a tenth of a point (finer than a 600 dpi printer's dot), glyphs within a run to a
        // thousandth of the type size.
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].X, letters[i].StartBaseLine.X, 0.11);
            Assert.Equal(page.Height - expected[i].Y, letters[i].StartBaseLine.Y, 0.11);
        }
    }

    [Fact]
    public void Each_glyph_reads_back_as_the_text_it_stands_for()
    {
        using var pdf = PdfInspection.Open(Render(Justified).Bytes!);
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains("AVATAR, Wave To. “Quoted” office affairs", text);
        // DejaVu Serif joins "ff" and "fi": one glyph each, read back as the two letters.
        Assert.Equal(["ff", "ff", "fi"], pdf.GetPage(1).Letters.Where(l => l.Value.Length > 1).Select(l => l.Value));
    }

    [Fact]
    public void Dictionaries_go_into_one_compressed_object_stream_indexed_by_a_cross_reference_stream()
    {
        var bytes = Render("# One {#one}\n\n[two](#two)\n\n\\newpage\n\n# Two {#two}\n").Bytes!;
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.6\n", text);
        Assert.Equal(1, CountOf(text, "/Type /ObjStm"));
        Assert.Equal(1, CountOf(text, "/Type /XRef"));
        // Outside the streams, nothing is written plainly but the stream objects themselves.
        Assert.DoesNotContain("/Type/Page", text);
        using var pdf = PdfInspection.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal(
            "two",
            ((NameToken)pdf.GetPage(1).GetAnnotations().Single().AnnotationDictionary.Data["Dest"]).Data
        );
    }

    [Fact]
    public void Only_the_places_a_link_or_bookmark_leads_to_are_named_in_the_file()
    {
        var linked = Render(
            "# One {#one}\n\n[two](#two)\n\n\\newpage\n\n# Two {#two}\n\n## Three {#three .unlisted}\n"
        ).Bytes!;
        using var pdf = PdfInspection.Open(linked);
        var dests = (DictionaryToken)pdf.Structure.Catalog.CatalogDictionary.Data["Dests"];
        Assert.Equal(["one", "two"], dests.Data.Keys.Order());
        using var plain = PdfInspection.Open(Render("# Alone {#alone}\n\nText.\n").Bytes!);
        Assert.False(plain.Structure.Catalog.CatalogDictionary.Data.ContainsKey("Dests"));
    }

    [FactWithTool("qpdf")]
    public void Qpdf_finds_no_error_in_a_file_with_links_bookmarks_right_to_left_text_and_shapes()
    {
        var result = RenderFixture("every-element.md");
        QpdfCheck.Passes(result.Bytes!);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
