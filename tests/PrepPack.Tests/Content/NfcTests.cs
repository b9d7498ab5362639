using System.Text;
using PrepPack.Content.Yaml;

namespace PrepPack.Tests.Content;

/// <summary>
/// Ids are compared in NFC by PrepPack's own composition, since the program runs without ICU;
/// the tests run with it, so the runtime's normalisation is the reference.
/// </summary>
public class NfcTests
{
    [Theory]
    [InlineData("re\u0301sume\u0301-coaching")]
    [InlineData("cafe\u0301-\u5831")]
    [InlineData("Ti\u00EA\u0301ng-Vi\u00EA\u0323t")]
    [InlineData("a\u0323\u0302")]
    [InlineData("a\u0302\u0323")]
    [InlineData("\u1100\u1161\u11A8-\u1112\u1161\u11AB")]
    [InlineData("\u304B\u3099\u304D\u3099")]
    [InlineData("\u0915\u093C\u0939\u093F\u0902\u0926\u0940")]
    [InlineData("\u212B-\u2126-\u0344")]
    [InlineData("o\u0308\u0304-u\u031B\u0309")]
    [InlineData("plain-ascii_id")]
    public void An_id_is_composed_as_the_Unicode_standard_composes_it(string id) =>
        Assert.Equal(id.Normalize(NormalizationForm.FormC), Nfc.Compose(id));

    [Fact]
    public void Every_letter_with_a_decomposition_below_the_CJK_block_composes_as_the_standard_says()
    {
        for (var c = 0xA0; c < 0x3000; c++)
        {
            if (char.IsSurrogate((char)c))
                continue;
            var text = ((char)c).ToString();
            var decomposed = text.Normalize(NormalizationForm.FormD);
            Assert.Equal(text.Normalize(NormalizationForm.FormC), Nfc.Compose(decomposed));
            Assert.Equal(text.Normalize(NormalizationForm.FormC), Nfc.Compose(text));
        }
    }

    [Fact]
    public void A_file_name_saved_with_separate_accents_is_the_same_id_as_the_one_typed_in_the_file() =>
        Assert.Equal(ContentId.Normal("r\u00E9sum\u00E9"), ContentId.OfFile("/x/re\u0301sume\u0301.yaml"));
}
