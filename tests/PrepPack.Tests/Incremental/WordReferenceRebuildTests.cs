using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Incremental;

/// <summary>The Word reference document the theme names is an input of the Word files, like the theme itself.</summary>
public class WordReferenceRebuildTests
{
    private static OutputStatus StatusOf(BuildReport report, string name) =>
        report.Outputs.Single(o => o.Name == name).Status;

    /// <summary>Builds once, copies the Word file to <paramref name="reference"/>, names it in the theme as <paramref
    /// name="named"/> and builds again.</summary>
    private static void UseReference(PackWorkspace ws, string reference, string named)
    {
        Assert.True(ws.Build().Succeeded);
        File.Copy(ws.OutputFile("star-acme.docx"), reference);
        ws.Edit(Path.Combine(ws.Templates, "theme.yaml"), t => t + $"\nword_reference: {named}\n");
        Assert.True(ws.Build().Succeeded);
    }

    private static void Recolour(string reference, string colour)
    {
        using var document = WordprocessingDocument.Open(reference, true);
        HeadingStyle(document).StyleRunProperties!.Color!.Val = colour;
    }

    private static string HeadingColour(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return HeadingStyle(document).StyleRunProperties!.Color!.Val!.Value!;
    }

    private static Style HeadingStyle(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");

    [Fact]
    public void Editing_the_reference_document_rebuilds_the_word_files_and_nothing_else()
    {
        using var ws = new PackWorkspace();
        var reference = Path.Combine(ws.Templates, "reference.docx");
        UseReference(ws, reference, "reference.docx");

        Recolour(reference, "C00000");
        var report = ws.Build();

        Assert.Equal(OutputStatus.Written, StatusOf(report, "star-acme.docx"));
        Assert.Contains("reference.docx changed", report.Outputs.Single(o => o.Name == "star-acme.docx").Reason);
        Assert.Equal("C00000", HeadingColour(ws.OutputFile("star-acme.docx")));
        Assert.All(report.Outputs.Where(o => o.Name.EndsWith(".pdf", StringComparison.Ordinal)), o =>
            Assert.Equal(OutputStatus.UpToDate, o.Status)
        );
    }

    [Fact]
    public void A_reference_document_outside_the_templates_folder_is_watched_by_the_build_too()
    {
        using var ws = new PackWorkspace();
        using var elsewhere = new TempFolder();
        var reference = elsewhere.Combine("house-style.docx");
        UseReference(ws, reference, reference);
        Assert.All(ws.Build().Outputs, o => Assert.Equal(OutputStatus.UpToDate, o.Status));

        Recolour(reference, "00A000");
        var report = ws.Build();

        Assert.Equal(OutputStatus.Written, StatusOf(report, "star-acme.docx"));
        Assert.Equal("00A000", HeadingColour(ws.OutputFile("star-acme.docx")));
        Assert.Equal(OutputStatus.UpToDate, StatusOf(report, "tmay.pdf"));
    }
}
