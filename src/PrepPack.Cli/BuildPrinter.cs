using PrepPack.Build;

namespace PrepPack.Cli;

/// <summary>Prints what a build did: a line per output, then the diagnostics and a summary.</summary>
internal static class BuildPrinter
{
    public static void Print(TextWriter output, BuildReport report)
    {
        var width = report.Outputs.Select(o => o.Name.Length).DefaultIfEmpty(10).Max();
        foreach (var o in report.Outputs)
        {
            var status = o.Status switch
            {
                OutputStatus.Written => "written",
                OutputStatus.UpToDate => "up to date",
                _ => "FAILED",
            };
            var detail = o.Status == OutputStatus.Failed ? "" : $"  {Pages(o.Pages),9}  {o.Bytes / 1024.0,7:0.0} KB  {o.Elapsed.TotalMilliseconds,6:0} ms";
            output.WriteLine($"  {o.Name.PadRight(width)}  {status,-10}{detail}");
        }
        DiagnosticPrinter.Print(output, report.Diagnostics);
        var written = report.Outputs.Count(o => o.Status == OutputStatus.Written);
        DiagnosticPrinter.PrintSummary(output, report.Diagnostics, $"{report.FilesRead} content files; {written} of {report.Outputs.Count} outputs written");
    }

    private static string Pages(int n) => n == 1 ? "1 page" : $"{n} pages";
}
