using PrepPack.Diagnostics;
using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary><c>bold_font: heading</c>: bold words in the heading's family, so a document needs one face
/// fewer.</summary>
public class BoldFontTests
{
    private static IReadOnlyList<string> Faces(string frontMatter)
    {
        var result = Render(
            $"---\ntitle: Bold\n{frontMatter}footer: ''\n---\n\n### A heading\n\nPlain words and **bold words** here.\n"
        );
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        return PdfInspection.EmbeddedFontPrograms(pdf).Keys.Select(k => k[(k.IndexOf('+') + 1)..]).Order().ToList();
    }

    [Fact]
    public void Bold_words_take_the_heading_family_when_the_document_asks_and_the_body_family_otherwise()
    {
        Assert.Equal(["DejaVuSans-Bold", "DejaVuSerif"], Faces("bold_font: heading\n"));
        Assert.Equal(["DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"], Faces(""));
    }

    [Fact]
    public void A_bold_font_that_is_neither_heading_nor_body_is_an_error_at_its_value()
    {
        var result = Render("---\ntitle: Bold\nbold_font: sans\n---\n\nText.\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatterInvalid, 3), (error.Code, error.Line));
        Assert.Equal("'bold_font' must be heading or body, not 'sans'.", error.Message);
    }
}
