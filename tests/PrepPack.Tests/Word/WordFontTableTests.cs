using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

public class WordFontTableTests(SampleBankPack pack) : IClassFixture<SampleBankPack>
{
    [Fact]
    public void The_word_files_name_the_bundled_families_with_their_class_so_word_can_stand_in_a_close_font()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(pack.Read("star-amazon.docx")), false);
        var fonts = document.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        Assert.Equal(FontFamilyValues.Roman, fonts["DejaVu Serif"].FontFamily!.Val!.Value);
        Assert.Equal(FontFamilyValues.Swiss, fonts["DejaVu Sans"].FontFamily!.Val!.Value);
        Assert.Equal(FontPitchValues.Fixed, fonts["DejaVu Sans Mono"].Pitch!.Val!.Value);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }
}
