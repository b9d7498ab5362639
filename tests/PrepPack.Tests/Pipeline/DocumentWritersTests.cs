using PrepPack.Layout.Text;
using PrepPack.Markdown;
using PrepPack.Pdf;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;
using PrepPack.Word;

namespace PrepPack.Tests.Pipeline;

/// <summary>A build picks the document writer by the front matter's format, from one registry.</summary>
public class DocumentWritersTests
{
    private static readonly Lazy<FontLibrary> Fonts = new(() => Typesetting.Fonts);

    [Fact]
    public void Each_format_is_written_by_its_own_writer()
    {
        var writers = new DocumentWriters(
            new PdfDocumentWriter(Typesetting.Theme, Fonts, null),
            new WordDocumentWriter(Typesetting.Theme, Fonts, _ => null, null)
        );

        Assert.All(Enum.GetValues<OutputFormat>(), f => Assert.Equal(f, writers.For(f).Format));
        Assert.IsType<WordDocumentWriter>(writers.For(OutputFormat.Docx));
    }

    [Fact]
    public void A_format_with_no_writer_is_refused_when_the_writers_are_gathered_not_when_a_document_needs_it()
    {
        var pdfOnly = () => new DocumentWriters(new PdfDocumentWriter(Typesetting.Theme, Fonts, null));
        var refused = Assert.Throws<ArgumentException>(pdfOnly);
        Assert.Contains("Docx", refused.Message);
    }
}
