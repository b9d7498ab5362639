using PrepPack.Pipeline;

namespace PrepPack.Cli;

/// <summary>Prints what a build did: a line per output, then the diagnostics and a summary.</summary>
internal static class BuildPrinter
{
    /// <param name="quiet">For <c>--quiet</c>: only the errors and, when there are any, the summary.</param>
    public static void Print(TextWriter output, BuildReport report, bool verbose = false, bool quiet = false)
    {
        if (quiet)
        {
            DiagnosticPrinter.Print(output, report.Diagnostics, errorsOnly: true);
            DiagnosticPrinter.PrintSummary(output, report.Diagnostics, Summary(report), quiet: true);
            return;
        }
        var width = report.Outputs.Select(o => o.Name.Length).DefaultIfEmpty(10).Max();
        foreach (var o in report.Outputs)
        {
            var status = o.Status switch
            {
                OutputStatus.Written => "rebuilt",
                OutputStatus.Unchanged => "unchanged",
                OutputStatus.UpToDate => "up to date",
                OutputStatus.Removed => "removed",
                _ => "FAILED",
            };
            var detail = o.Status is OutputStatus.Failed or OutputStatus.Removed
                ? ""
                : $"  {Pages(o.Pages, o.PagesEstimated), 9}  {o.Bytes / 1024.0, 7:0.0} KB";
            var time = o.Status is OutputStatus.Written or OutputStatus.Unchanged
                ? $"  {o.Elapsed.TotalMilliseconds, 6:0} ms"
                : "";
            var why = verbose && o.Reason is not null && o.Status != OutputStatus.UpToDate ? $"  ({o.Reason})" : "";
            output.WriteLine($"  {o.Name.PadRight(width)}  {status, -10}{detail}{time}{why}".TrimEnd());
        }
        // Said while there are changed cards to print, so the way to say they are printed is found when it is needed.
        foreach (
            var changed in report.Outputs.Where(o =>
                o.OfChangedCards && o.Status is OutputStatus.Written or OutputStatus.Unchanged
            )
        )
            output.WriteLine(
                $"{changed.Name} holds the cards changed since you last printed them; once it is printed, run "
                    + "'preppack printed'."
            );
        DiagnosticPrinter.Print(output, report.Diagnostics);
        DiagnosticPrinter.PrintSummary(output, report.Diagnostics, Summary(report));
    }

    /// <summary>"13 content files; 2 of 7 outputs rebuilt, 5 up to date".</summary>
    private static string Summary(BuildReport report)
    {
        var made = report.Outputs.Count(o => o.Status is OutputStatus.Written or OutputStatus.Unchanged);
        var current = report.Outputs.Count(o => o.Status == OutputStatus.UpToDate);
        var total = report.Outputs.Count(o => o.Status != OutputStatus.Removed);
        return $"{report.FilesRead} content files; {made} of {total} outputs rebuilt, {current} up to date";
    }

    /// <summary>"~10 pages" for a Word file, whose pages are estimated.</summary>
    private static string Pages(int n, bool estimated) => (estimated ? "~" : "") + (n == 1 ? "1 page" : $"{n} pages");
}
