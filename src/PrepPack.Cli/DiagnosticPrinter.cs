using PrepPack.Diagnostics;

namespace PrepPack.Cli;

/// <summary>Writes diagnostics one per line, in the form editors and CI logs link to.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            output.WriteLine(diagnostic.ToString());
    }

    public static void PrintSummary(TextWriter output, IReadOnlyCollection<Diagnostic> diagnostics, string checkedWhat)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (errors == 0 && warnings == 0)
            output.WriteLine($"No problems found in {checkedWhat}.");
        else if (warnings == 0)
            output.WriteLine($"{Count(errors, "error")} in {checkedWhat}.");
        else if (errors == 0)
            output.WriteLine($"{Count(warnings, "warning")}, no errors, in {checkedWhat}.");
        else
            output.WriteLine($"{Count(errors, "error")} and {Count(warnings, "warning")} in {checkedWhat}.");
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
