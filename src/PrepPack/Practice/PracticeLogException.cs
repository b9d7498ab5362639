using PrepPack.Diagnostics;

namespace PrepPack.Practice;

/// <summary>
/// Why an answer cannot go into the practice log, raised where it is found and caught where the
/// answer is kept aside instead: the user sees the diagnostic, never the exception.
/// </summary>
internal sealed class PracticeLogException(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    public static PracticeLogException NotWritable(string log, string message, string hint) =>
        new(Diagnostic.Error(SourceLocation.WholeOf(log), DiagnosticCodes.PracticeLogNotWritable, message, hint));

    public static PracticeLogException NotAppendable(SourceLocation at, string message, string hint) =>
        new(Diagnostic.Error(at, DiagnosticCodes.PracticeLogNotAppendable, message, hint));
}
