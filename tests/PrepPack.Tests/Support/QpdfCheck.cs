using System.Diagnostics;

namespace PrepPack.Tests.Support;

/// <summary>qpdf's structural check of a PDF: a second reader's word that the file is well formed.</summary>
public static class QpdfCheck
{
    /// <summary>Fails the test with qpdf's own words unless it finds no syntax or stream error.</summary>
    public static void Passes(byte[] pdf)
    {
        using var folder = new TempFolder();
        var path = folder.Combine("checked.pdf");
        File.WriteAllBytes(path, pdf);
        using var qpdf = Process.Start(
            new ProcessStartInfo(FactWithToolAttribute.Find("qpdf")!, ["--check", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }
        )!;
        var output = qpdf.StandardOutput.ReadToEnd() + qpdf.StandardError.ReadToEnd();
        qpdf.WaitForExit();
        Assert.True(qpdf.ExitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors found", output);
    }
}
