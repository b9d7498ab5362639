namespace PrepPack.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
