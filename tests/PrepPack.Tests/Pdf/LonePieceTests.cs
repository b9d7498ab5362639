using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pdf;

/// <summary>No page holds a lone piece: the last item of a list, or rows to write on that spill onto a page of their
/// own.</summary>
public class LonePieceTests
{
    private const string Front = "---\ntitle: Lone\npage: \"5in x 4in\"\nmargin: 0.5in\nfooter: \"\"\n---\n\n";

    [Fact]
    public void A_lone_list_item_moves_with_the_one_before_it()
    {
        var broken = 0;
        // However much comes before it, the list breaks before its last item only with the item before it.
        for (var filler = 1; filler <= 24; filler++)
        {
            var markdown =
                Front
                + string.Join("\n\n", Enumerable.Range(1, filler).Select(i => $"Filler paragraph {i}."))
                + "\n\n- Item one of four\n- Item two of four\n- Item three of four\n- Item four of "
                + "four\n\n\\newpage\n\nAfter.\n";
            var result = Typesetting.Render(markdown);
            Assert.True(result.Succeeded);
            using var pdf = PdfInspection.Open(result.Bytes!);
            foreach (var page in pdf.GetPages())
            {
                var lines = PdfText.Lines(page);
                if (lines.Count > 0 && lines[0].Contains("Item four"))
                    Assert.Fail(
                        $"With {filler} paragraphs before it, the list's last item starts page {page.Number} alone."
                    );
                if (lines.Count > 0 && lines[0].Contains("Item three"))
                    broken++;
            }
        }
        Assert.True(broken > 0, "Some layout breaks the list before its third item, with the fourth.");
    }

    [Theory]
    [InlineData("letter")]
    [InlineData("a4")]
    [InlineData("legal")]
    public void Rows_to_write_on_fill_the_trackers_last_page_and_never_start_one(string paper)
    {
        using var ws = new PackWorkspace();
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t =>
            t.Replace("  size: letter\n  margin", $"  size: {paper}\n  margin")
        );
        ws.Build();
        using var pdf = PdfInspection.Open(File.ReadAllBytes(ws.OutputFile("tracker.pdf")));
        var last = pdf.GetPage(pdf.NumberOfPages);
        Assert.Contains("Date Question or story Time Clarity Metrics Reflection", PdfText.Lines(last));
        // The ruled rows run to the foot of the page's text area: less than one row's room is left below them.
        var lowest = last
            .Paths.Select(p => p.GetBoundingRectangle())
            .OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Min(r => r.Bottom);
        Assert.InRange(lowest, 36, 36 + 24);
    }
}
