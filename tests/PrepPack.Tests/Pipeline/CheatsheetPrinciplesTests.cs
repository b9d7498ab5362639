using System.Text;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;
using PrepPack.Tests.Support;

namespace PrepPack.Tests.Pipeline;

/// <summary>A framework of more principles than the cheat sheet holds: a one-page sheet and a warning at the
/// framework's file.</summary>
public class CheatsheetPrinciplesTests
{
    [Fact]
    public void A_framework_of_two_hundred_principles_makes_a_one_page_cheat_sheet_and_a_warning_at_its_file()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        TempFolder.CopyInto(RepoPaths.SampleBank, content);
        var big = new StringBuilder("id: big\ncompany: Big Co\nname: Big principles\nprinciples:\n");
        for (var i = 1; i <= 200; i++)
            big.Append(
                $"  - id: p{i}\n    name: Principle number {i}\n    emphasise: Say what you did about part {i} and "
                    + "the figure it moved.\n"
            );
        File.WriteAllText(Path.Combine(content, "frameworks", "big.yaml"), big.ToString());

        var report = PackBuilder.Build(
            new BuildOptions(content, RepoPaths.Templates, folder.Combine("output"))
            {
                Framework = "big",
                Only = ["cheatsheet"],
            }
        );

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.PrinciplesLeftOut);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Path.Combine(content, "frameworks", "big.yaml"), warning.File);
        Assert.Contains(
            "cheatsheet.pdf has room for 20 principles, and this framework has 200: the last 180 are left out",
            warning.Message
        );
        Assert.Contains("preppack build --framework", warning.Hint);
        Assert.DoesNotContain(report.Diagnostics, d => d.File.EndsWith(".sbn", StringComparison.Ordinal) && d.IsError);

        using var pdf = PdfInspection.Open(File.ReadAllBytes(folder.Combine("output/cheatsheet.pdf")));
        Assert.Equal(1, pdf.NumberOfPages);
        var text = string.Join(
            ' ',
            PdfText.Of(pdf.GetPage(1)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        );
        Assert.Contains("Principle number 20", text);
        Assert.DoesNotContain("Principle number 21 ", text);
        Assert.Contains("180 more principles are in the binder, under Big Co.", text);
    }

    [Fact]
    public void A_framework_that_fits_leaves_no_principle_out_and_says_nothing() =>
        Assert.DoesNotContain(
            PackBuilder
                .Build(
                    new BuildOptions(RepoPaths.SampleBank, RepoPaths.Templates, new TempFolder().Path)
                    {
                        Only = ["cheatsheet"],
                    }
                )
                .Diagnostics,
            d => d.Code == DiagnosticCodes.PrinciplesLeftOut
        );
}
