using PrepPack.Tests.Support;
using static PrepPack.Tests.Support.Typesetting;

namespace PrepPack.Tests.Pdf;

/// <summary>Hebrew and Arabic text, read back from the PDF as a viewer places it.</summary>
public class RightToLeftPdfTests
{
    private static UglyToad.PdfPig.Content.Letter[] Letters(string body)
    {
        var result = Render($"---\ntitle: Bidi\n---\n\n{body}\n", "bidi.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        using var pdf = PdfInspection.Open(result.Bytes!);
        return pdf.GetPage(1).Letters.ToArray();
    }

    private static double X(UglyToad.PdfPig.Content.Letter[] letters, string value) =>
        Assert.Single(letters, l => l.Value == value).StartBaseLine.X;

    [Fact]
    public void Hebrew_words_in_an_english_sentence_print_right_to_left_between_the_english_words()
    {
        var letters = Letters("Shipped with דנה כהן in 3 weeks");
        // Logical order דנה then כהן: on the page כהן is to the left, each word's first letter at its right.
        Assert.True(X(letters, "ד") > X(letters, "נ"));
        Assert.True(X(letters, "כ") > X(letters, "ן"));
        Assert.True(X(letters, "נ") > X(letters, "כ"), "the first Hebrew word is right of the second");
        Assert.True(
            X(letters, "t") < X(letters, "ן") && X(letters, "ד") < X(letters, "n"),
            "the Hebrew sits between 'with' and 'in'"
        );
        Assert.True(X(letters, "3") > X(letters, "n") && X(letters, "3") < X(letters, "k"));
    }

    [Fact]
    public void A_hebrew_paragraph_is_set_against_the_right_margin()
    {
        var letters = Letters("שלום עולם");
        var right = letters.Max(l => l.BoundingBox.Right);
        var setup = PrepPack.Pdf.PageSetupFactory.Create(
            PrepPack.Markdown.DocumentSetup.From(new PrepPack.Markdown.FrontMatter(), Theme.Page),
            Theme
        );
        Assert.Equal(setup.Width - setup.Margins.Right, right, 1.0);
        Assert.True(X(letters, "ש") > X(letters, "ע"), "the first word is on the right");
    }

    [Fact]
    public void Numbers_inside_arabic_text_read_left_to_right_between_the_joined_words()
    {
        var letters = Letters("السعر 250 دولار");
        Assert.True(X(letters, "2") < X(letters, "5") && X(letters, "5") < X(letters, "0"));
        // Joined letters read back as the letters written, not as their joined forms (ع in the middle of a word is
        // drawn as U+FECC), so what a reader copies is the word.
        double At(char letter) => Assert.Single(letters, l => l.Value == letter.ToString()).StartBaseLine.X;
        Assert.DoesNotContain(letters, l => l.Value == "\uFECC");
        // The first word (السعر) is right of the number, the last (دولار) left of it.
        Assert.True(At('ع') > X(letters, "0"));
        Assert.True(At('د') < X(letters, "2"));
    }

    [Fact]
    public void A_hebrew_table_cell_is_set_against_the_right_of_its_column_unless_the_column_says_left()
    {
        double HebrewX(string separator)
        {
            var result = Render(
                $"---\ntitle: Bidi\n---\n\n| The name of the person | n |\n|{separator}|---|\n| דנה | 1 |\n",
                "bidi.md"
            );
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result.Layout!.Pages[0].Texts.Single(t => t.Text.Text == "דנה").X;
        }
        Assert.True(HebrewX("---") > HebrewX(":--") + 20);
    }
}
