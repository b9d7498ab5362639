using System.Text;
using PrepPack.Layout.Pdf.Update;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>The step that appends the language and the outline to the file Skia wrote.</summary>
public class CatalogUpdateTests
{
    [Theory]
    [InlineData("Plain title", "(Plain title)")]
    [InlineData("Risk (and cost) \\ gain", "(Risk \\(and cost\\) \\\\ gain)")]
    [InlineData("Café", "<FEFF00430061006600E9>")]
    [InlineData("★", "<FEFF2605>")]
    public void A_title_is_a_literal_string_when_ascii_and_utf16_with_a_byte_order_mark_otherwise(string title, string written)
    {
        Assert.Equal(written, PdfTextString.Encode(title));
    }

    [Fact]
    public void A_dictionary_keeps_every_value_as_written_and_changes_only_the_keys_set()
    {
        const string text = "<</Type /Catalog\n/Pages 3 0 R\n/Names <</Dests 9 0 R>>\n/Lang (en \\) x)\n/Kids [1 0 R 2 0 R]>>";
        var dictionary = PdfDictionary.Parse(text, 0);
        Assert.Equal("3 0 R", dictionary["Pages"]);
        Assert.Equal("<</Dests 9 0 R>>", dictionary["Names"]);
        Assert.Equal("[1 0 R 2 0 R]", dictionary["Kids"]);
        Assert.Equal("<</Type /Catalog\n/Pages 3 0 R\n/Names <</Dests 9 0 R>>\n/Lang (de)\n/Kids [1 0 R 2 0 R]\n/Outlines 7 0 R>>",
            dictionary.With("Lang", "(de)").With("Outlines", "7 0 R").ToString());
        Assert.Null(dictionary.Without("Pages")["Pages"]);
    }

    [Fact]
    public void Skia_writes_a_classic_cross_reference_table_and_the_update_points_back_to_it()
    {
        var bytes = Render("# One {#one}\n\n\\newpage\n\n# Two {#two}\n").Bytes!;
        var text = Encoding.Latin1.GetString(bytes);
        var pdf = WrittenPdf.Read(bytes);
        var previous = int.Parse(pdf.Trailer["Prev"]!);
        Assert.StartsWith("xref", text[previous..]);
        Assert.Equal(2, pdf.PageReferences().Count);
        // Skia's file ends at its own %%EOF and still reads whole without the update after it.
        var skia = bytes[..(text.IndexOf("%%EOF", StringComparison.Ordinal) + "%%EOF\n".Length)];
        Assert.True(previous < skia.Length);
        using var alone = UglyToad.PdfPig.PdfDocument.Open(skia);
        Assert.Equal(2, alone.NumberOfPages);
        Assert.False(alone.TryGetBookmarks(out _));
        Assert.Contains("/Lang (en-US)", pdf.Catalog.ToString());
    }

    [Fact]
    public void A_file_indexed_by_a_cross_reference_stream_is_refused_with_a_reason()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /Root 2 0 R>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n");
        var error = Assert.Throws<InvalidDataException>(() => WrittenPdf.Read(bytes));
        Assert.Contains("cross-reference stream", error.Message);
    }
}
