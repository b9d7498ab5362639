using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>
/// Every output says one language: the profile's <c>language</c>, or British English, the
/// sample's spelling, when it names none. PDFs in their /Lang and XMP, Word files in their
/// styles and document properties.
/// </summary>
public class OneLanguageTests
{
    private static IEnumerable<string> WordLanguages(string path)
    {
        using var word = WordprocessingDocument.Open(path, false);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var named = styles.Descendants<Languages>().Select(l => l.Val!.Value!);
        return named.Append(word.PackageProperties.Language!).ToList();
    }

    [Theory]
    [InlineData(null, "en-GB")]
    [InlineData("en-US", "en-US")]
    [InlineData("de-DE", "de-DE")]
    public void Every_pdf_and_word_file_says_the_profile_language_or_en_gb_when_it_names_none(
        string? language,
        string expected
    )
    {
        using var ws = new PackWorkspace();
        if (language is not null)
            ws.Edit(Path.Combine(ws.Content, "profile.yaml"), t => t + $"language: {language}\n");

        var report = ws.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        foreach (var output in report.Outputs)
        {
            var path = ws.OutputFile(output.Name);
            if (output.Name.EndsWith(".pdf"))
            {
                using var pdf = PdfInspection.Open(File.ReadAllBytes(path));
                Assert.Equal(expected, PdfInspection.Catalog(pdf, "Lang"));
                Assert.True(pdf.TryGetXmpMetadata(out var xmp));
                Assert.Contains($"<rdf:li>{expected}</rdf:li>", xmp.GetXDocument().ToString());
            }
            else
            {
                var languages = WordLanguages(path);
                Assert.NotEmpty(languages);
                Assert.All(languages, l => Assert.Equal(expected, l));
            }
        }
    }
}
