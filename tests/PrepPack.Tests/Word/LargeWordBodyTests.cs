using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Word;

/// <summary>A body of megabytes goes into the file as it is written, in pieces: the same every time, and
/// whole.</summary>
public class LargeWordBodyTests
{
    private const int Stories = 400;

    [Fact]
    public void A_body_of_megabytes_is_written_the_same_twice_and_reads_back_whole()
    {
        var markdown =
            "---\noutput: big.docx\nformat: docx\n---\n"
            + string.Join(
                "\n\n\\newpage\n\n",
                Enumerable
                    .Range(1, Stories)
                    .Select(i =>
                        $"# Story {i} {{#story-{i}}}\n\n"
                        + string.Join(
                            "\n\n",
                            Enumerable.Repeat(
                                $"**Situation**{{.star-label}} The reports of story {i} took five days, and *every* "
                                    + "one of them was fixed by hand.",
                                12
                            )
                        )
                    )
            );

        var first = WordWriting.Render(markdown);
        var second = WordWriting.Render(markdown);

        Assert.Equal(first.Bytes, second.Bytes);
        using var document = WordWriting.Open(first);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.True(document.MainDocumentPart.GetStream().Length > 1_000_000);
        Assert.Equal(Stories, body.Descendants<BookmarkStart>().Count());
        Assert.Equal(
            $"Story {Stories}",
            body.Elements<Paragraph>().Last(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").InnerText
        );
        Assert.Equal(Stories, first.Pages);
    }
}
