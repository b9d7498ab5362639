using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

public class RightToLeftRunTests
{
    [Fact]
    public void Hebrew_words_in_an_english_sentence_are_a_run_of_their_own_marked_right_to_left()
    {
        var result = WordWriting.Render(
            "---\ntitle: Bidi\nformat: docx\n---\n\nShipped with דנה כהן in **3 weeks** and **שבוע**.\n"
        );
        using var document = WordWriting.Open(result);
        Assert.Equal("", WordWriting.ValidationErrors(document));
        var runs = document
            .MainDocumentPart!.Document!.Body!.Descendants<Run>()
            .Select(r => (r.InnerText, RightToLeft: r.RunProperties?.GetFirstChild<RightToLeftText>() is not null))
            .ToList();
        Assert.Equal(
            [
                ("Shipped with ", false),
                ("דנה כהן", true),
                (" in ", false),
                ("3 weeks", false),
                (" and ", false),
                ("שבוע", true),
                (".", false),
            ],
            runs
        );
    }
}
