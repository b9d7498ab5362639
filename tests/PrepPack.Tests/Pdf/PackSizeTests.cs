using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>What the sample pack weighs: small enough to mail, with no face embedded that the pages do not
/// need.</summary>
public class PackSizeTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [Fact]
    public void The_sample_cards_weigh_at_most_25_kb_and_the_binder_under_3_9_kb_a_page_tags_included()
    {
        // Tagged for screen readers: a structure element costs about 14 bytes;
        // the cards hold about 200, the binder 1,850.
        var cards = pack.Read("cards.pdf").Length;
        var binder = pack.Read("binder.pdf");
        Assert.True(cards <= 25 * 1024, $"cards.pdf is {cards} bytes");
        // The binder grows with the bank and its questions; what it costs a page is what the writer controls.
        using var pdf = PdfInspection.Open(binder);
        Assert.True(
            binder.Length < 3.9 * 1024 * pdf.NumberOfPages,
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
