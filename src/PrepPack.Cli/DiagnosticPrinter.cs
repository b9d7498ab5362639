using PrepPack.Diagnostics;

namespace PrepPack.Cli;

/// <summary>
/// Writes diagnostics one per line, in the form editors and CI logs link to. On a terminal the
/// place is cyan, an error red and a warning yellow; the words are the same either way.
/// </summary>
internal static class DiagnosticPrinter
{
    private const string Reset = "\e[0m";
    private const string Red = "\e[1;31m";
    private const string Yellow = "\e[33m";
    private const string Cyan = "\e[36m";
    private const string Green = "\e[32m";

    /// <param name="errorsOnly">For <c>--quiet</c>: leave the warnings out.</param>
    public static void Print(TextWriter output, IEnumerable<Diagnostic> diagnostics, bool errorsOnly = false) =>
        Print(output, diagnostics, Terminal.Of(output).Colour, errorsOnly);

    internal static void Print(
        TextWriter output,
        IEnumerable<Diagnostic> diagnostics,
        bool colour,
        bool errorsOnly = false
    )
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || !errorsOnly))
            output.WriteLine(colour ? Coloured(diagnostic) : diagnostic.ToString());
    }

    /// <summary>The line <see cref="Diagnostic.ToString"/> writes, with colour codes around the place and the
    /// severity.</summary>
    internal static string Coloured(Diagnostic diagnostic)
    {
        var (severity, colour) = diagnostic.IsError ? ("error", Red) : ("warning", Yellow);
        var hint = string.IsNullOrEmpty(diagnostic.Hint) ? "" : " " + diagnostic.Hint;
        return $"{Cyan}{diagnostic.Location}{Reset}: {colour}{severity} {diagnostic.Code}{Reset}: "
            + $"{diagnostic.Message}{hint}";
    }

    /// <param name="quiet">For <c>--quiet</c>: say nothing when there is no error.</param>
    public static void PrintSummary(
        TextWriter output,
        IReadOnlyCollection<Diagnostic> diagnostics,
        string checkedWhat,
        bool quiet = false
    ) => PrintSummary(output, diagnostics, checkedWhat, Terminal.Of(output).Colour, quiet);

    internal static void PrintSummary(
        TextWriter output,
        IReadOnlyCollection<Diagnostic> diagnostics,
        string checkedWhat,
        bool colour,
        bool quiet = false
    )
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (quiet && errors == 0)
            return;
        var line = (errors, warnings) switch
        {
            (0, 0) => $"No problems found in {checkedWhat}.",
            (_, 0) => $"{Count(errors, "error")} in {checkedWhat}.",
            (0, _) => $"{Count(warnings, "warning")}, no errors, in {checkedWhat}.",
            // Quiet left the warnings out, so the line does not count them either.
            _ when quiet => $"{Count(errors, "error")} in {checkedWhat}.",
            _ => $"{Count(errors, "error")} and {Count(warnings, "warning")} in {checkedWhat}.",
        };
        if (colour)
            line =
                (
                    errors > 0 ? Red
                    : warnings > 0 ? Yellow
                    : Green
                )
                + line
                + Reset;
        output.WriteLine(line);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
