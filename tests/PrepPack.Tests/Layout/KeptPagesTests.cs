using System.Text.RegularExpressions;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Layout;

/// <summary>A long document's pages are held as records from layout until writing, and read back one piece at a
/// time: what is printed on them is what the reader would see had they been held drawn.</summary>
public class KeptPagesTests
{
    /// <summary>More stories than are laid out in one batch, every third one long enough for two pages.</summary>
    private static string Document(int stories) =>
        "---\ntitle: Many\npage: \"5in x 4in\"\nmargin: 0.5in\nfooter: \"Many | Page {page} of {pages}\"\n---\n\n"
        + "# Contents {.unlisted}\n\n::: toc\n:::\n\n\\newpage\n\n"
        + string.Join(
            "\n\n\\newpage\n\n",
            Enumerable
                .Range(1, stories)
                .Select(i =>
                    $"# Story {i}\n\n"
                    + string.Join(
                        "\n\n",
                        Enumerable.Range(1, i % 3 == 0 ? 14 : 2).Select(p => $"Paragraph {p} of story {i}.")
                    )
                )
        )
        + "\n";

    [Fact]
    public void Every_page_of_a_document_longer_than_a_batch_has_its_own_number_and_the_contents_finds_it()
    {
        var stories = Environment.ProcessorCount * 8 * 2 + 5;
        var result = Typesetting.Render(Document(stories));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfInspection.Open(result.Bytes!);
        var total = pdf.NumberOfPages;
        Assert.True(total > stories + 1 + stories / 3, $"Every third story takes two pages; {total} pages in all.");

        var startsOn = new Dictionary<int, int>();
        foreach (var page in pdf.GetPages())
        {
            var lines = PdfText.Lines(page);
            Assert.Contains(lines, l => l.Contains($"Page {page.Number} of {total}"));
            if (lines.FirstOrDefault(l => Regex.IsMatch(l, @"^Story \d+$")) is { } heading)
                startsOn[int.Parse(heading["Story ".Length..])] = page.Number;
        }
        Assert.Equal(stories, startsOn.Count);

        // The contents runs over pages of its own; each of its lines ends in the page its story starts on.
        var contents = pdf.GetPages()
            .TakeWhile(p => !startsOn.ContainsValue(p.Number))
            .SelectMany(PdfText.Lines)
            .Select(l => Regex.Match(l, @"^Story (\d+)\b.*?(\d+)$"))
            .Where(m => m.Success)
            .ToDictionary(m => int.Parse(m.Groups[1].Value), m => int.Parse(m.Groups[2].Value));
        Assert.Equal(stories, contents.Count);
        foreach (var (story, page) in contents)
            Assert.Equal(startsOn[story], page);
    }

    [Fact]
    public void Pages_read_back_from_records_write_the_bytes_of_the_same_pages_held_drawn()
    {
        var result = Typesetting.Render(Document(Environment.ProcessorCount * 8 + 3));
        Assert.True(result.Succeeded);
        var kept = result.Layout!;
        var drawn = new LaidOutDocument(kept.Pages.ToList(), kept.Setup);
        var metadata = new PdfMetadata("Many", null, null, null);
        OutlineEntry[] outline = [new("Story 1", 1, "story-1"), new("Story 9", 1, "story-9")];
        using var fromKept = new MemoryStream();
        using var fromDrawn = new MemoryStream();
        PdfWriter.Write(kept, metadata, fromKept, outline);
        PdfWriter.Write(drawn, metadata, fromDrawn, outline);
        Assert.Equal(fromDrawn.ToArray(), fromKept.ToArray());
    }
}
