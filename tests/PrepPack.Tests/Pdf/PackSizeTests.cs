using System.IO.Compression;
using System.Text;
using PrepPack.Tests.Support;
using UglyToad.PdfPig.Tokens;

namespace PrepPack.Tests.Pdf;

/// <summary>What the sample pack weighs: small enough to mail, with no face embedded that the pages do not
/// need.</summary>
public class PackSizeTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [Fact]
    public void The_sample_binder_weighs_under_100_kb_with_every_tag_and_the_cards_at_most_20_kb()
    {
        // Tagged for screen readers: about 1,650 structure elements in the binder, about 200 in the cards.
        var cards = pack.Read("cards.pdf").Length;
        var binder = pack.Read("binder.pdf");
        Assert.True(cards <= 20 * 1024, $"cards.pdf is {cards} bytes");
        Assert.True(binder.Length < 100 * 1024, $"binder.pdf is {binder.Length} bytes");
        using var pdf = PdfInspection.Open(binder);
        var elements = PdfStructure.Read(pdf)!.Descendants().ToList();
        Assert.True(elements.Count > 1500, $"the binder has {elements.Count} structure elements");
        Assert.Contains(elements, e => e.Role == "Table");
        Assert.Contains(elements, e => e.Role == "LI");
        // The binder grows with the bank and its questions; what it costs a page is what the writer controls.
        Assert.True(
            binder.Length < 2.7 * 1024 * pdf.NumberOfPages,
            $"binder.pdf is {binder.Length} bytes for {pdf.NumberOfPages} pages"
        );
    }

    [Fact]
    public void The_sample_binder_keeps_every_page_and_its_text_with_glyph_codes_of_one_byte()
    {
        var binder = pack.Read("binder.pdf");
        using var pdf = PdfInspection.Open(binder);
        Assert.Equal(37, pdf.NumberOfPages);
        // Codes of one byte a glyph still read back as the text they stand for.
        Assert.Contains(
            "Quoting funnel dashboard",
            pdf.GetPages().Select(p => p.Text).First(t => t.Contains("Contents"))
        );
    }

    [Fact]
    public void The_binder_pages_spell_their_text_in_its_own_letters_so_it_compresses_as_text()
    {
        using var pdf = PdfInspection.Open(pack.Read("binder.pdf"));
        var page = pdf.GetPages().First(p => p.Text.StartsWith("Census data pipeline"));
        var contents = (IndirectReferenceToken)page.Dictionary.Data["Contents"];
        var stream = (StreamToken)pdf.Structure.GetObject(contents.Data).Data;
        using var inflated = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress);
        using var text = new MemoryStream();
        inflated.CopyTo(text);
        var content = Encoding.Latin1.GetString(text.ToArray());
        // A glyph's one-byte code is its character's where the character has one: the title as written.
        Assert.Contains("[(Census data pipeline)]TJ", content);
        // A word in bold within a line goes on from where the line left off: a change of font, no move.
        Assert.Matches(@"\)\]TJ\n/F\d+ 10 Tf\n\[\(\$1M\)\]TJ", content);
        // Places to a tenth of a point, on a page the right way up: no flip, no text matrix a line.
        Assert.Matches(@"\n-?\d+(\.\d)? -?\d+(\.\d)? Td\n", content);
        Assert.DoesNotMatch(@"\.\d{2}[^\n]* (Td|re|m|l)\n", content);
        Assert.DoesNotContain(" Tm\n", content);
    }

    [Fact]
    public void A_face_with_more_than_256_glyphs_keeps_two_byte_codes_and_reads_back()
    {
        // Every letter of Latin, Greek and Cyrillic and their accented forms: more glyphs than one byte numbers.
        var text = string.Concat(
            Enumerable
                .Range(0x41, 0x24F - 0x41)
                .Concat(Enumerable.Range(0x391, 0x3A9 - 0x391))
                .Concat(Enumerable.Range(0x410, 0x44F - 0x410))
                .Select(c => (char)c)
                .Where(char.IsLetter)
                .Chunk(40)
                .Select(c => new string(c) + "\n\n")
        );
        var result = Typesetting.Render(text);
        using var pdf = PdfInspection.Open(result.Bytes!);
        var read = string.Concat(pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
        Assert.Contains("ЖЗИЙ", read);
        Assert.Contains("ΑΒΓΔ", read);
    }

    [Fact]
    public void The_cards_embed_two_faces_bold_sans_for_titles_labels_and_figures_and_the_serif_for_text()
    {
        using var pdf = PdfInspection.Open(pack.Read("cards.pdf"));
        var fonts = PdfInspection.EmbeddedFontPrograms(pdf).Keys.Select(k => k[(k.IndexOf('+') + 1)..]).Order();
        Assert.Equal(["DejaVuSans-Bold", "DejaVuSerif"], fonts);
        var first = pdf.GetPage(1);
        // A number and its unit are held together by a no-break space.
        string In(string face) =>
            string.Concat(first.Letters.Where(l => l.FontName!.EndsWith(face)).Select(l => l.Value))
                .Replace("\u00A0", " ");
        // The title, the bullet labels and the figures in bold sans; the sentences in the serif.
        Assert.StartsWith("Quoting funnel dashboard", In("DejaVuSans-Bold"));
        Assert.Contains("Context", In("DejaVuSans-Bold"));
        Assert.Contains("5 days", In("DejaVuSans-Bold"));
        Assert.Contains("Sales leaders stitched together", In("DejaVuSerif"));
    }
}
