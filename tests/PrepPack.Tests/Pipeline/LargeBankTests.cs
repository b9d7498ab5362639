using DocumentFormat.OpenXml.Packaging;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>A bank far larger than any candidate keeps: nothing is cut short, nothing fails for its size.</summary>
public class LargeBankTests
{
    private const int Stories = 1000;

    [Fact]
    public void A_bank_of_a_thousand_stories_builds_and_the_binder_cards_and_word_files_hold_every_title()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        LargeBank.Write(content, Stories);
        var output = folder.Combine("output");

        var report = PackBuilder.Build(new BuildOptions(content, RepoPaths.Templates, output));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics.Where(d => d.IsError)));
        var titles = PrepPack
            .Content.StoryBankLoader.Load(content)
            .Bank!.Stories.Select(s => Squeezed(s.Title))
            .ToList();
        Assert.Equal(Stories, titles.Count);
        foreach (var pdf in new[] { "binder.pdf", "cards.pdf" })
        {
            var text = PdfText(Path.Combine(output, pdf));
            Assert.All(titles, t => Assert.True(text.Contains(t, StringComparison.Ordinal), $"{pdf} lacks '{t}'"));
        }
        var framework = PrepPack.Content.StoryBankLoader.Load(content).Bank!.Frameworks;
        foreach (var docx in Directory.GetFiles(output, "star-*.docx"))
        {
            using var word = WordprocessingDocument.Open(docx, false);
            var text = Squeezed(word.MainDocumentPart!.Document.Body!.InnerText);
            var shown = PrepPack
                .Content.StoryBankLoader.Load(content)
                .Bank!.Stories.Where(s =>
                    s.Principles.Any(p =>
                        Path.GetFileName(docx) == $"star-{p.Framework.Id}.docx" && p.Principles.Count > 0
                    )
                )
                .Select(s => Squeezed(s.Title))
                .ToList();
            Assert.NotEmpty(shown);
            Assert.All(shown, t =>
                Assert.True(text.Contains(t, StringComparison.Ordinal), $"{Path.GetFileName(docx)} lacks '{t}'")
            );
        }
    }

    private static string PdfText(string path)
    {
        using var pdf = PdfInspection.Open(File.ReadAllBytes(path));
        return string.Concat(pdf.GetPages().Select(p => Squeezed(p.Text)));
    }

    /// <summary>Text without spaces or line breaks, since a title may wrap anywhere on a card or a page.</summary>
    private static string Squeezed(string text) =>
        string.Concat(
            text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '\u00AD')
        );
}
