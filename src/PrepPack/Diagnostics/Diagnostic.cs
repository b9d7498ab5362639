namespace PrepPack.Diagnostics;

/// <summary>
/// One problem found in the user's content, templates, layout or build, with where it is and
/// what to do about it. Every stage reports through this one type.
/// </summary>
public sealed record Diagnostic(
    SourceLocation Location,
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    string? Hint = null
)
{
    public string File => Location.File;
    public int Line => Location.Line;
    public int Column => Location.Column;
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(SourceLocation at, string code, string message, string? hint = null) =>
        new(at, DiagnosticSeverity.Error, code, message, hint);

    public static Diagnostic Warning(SourceLocation at, string code, string message, string? hint = null) =>
        new(at, DiagnosticSeverity.Warning, code, message, hint);

    /// <summary>The compiler-style line: <c>file(line,col): error PP0103: message hint</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = string.IsNullOrEmpty(Hint) ? "" : " " + Hint;
        return $"{Location}: {severity} {Code}: {Message}{hint}";
    }
}
