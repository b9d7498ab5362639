namespace PrepPack.Diagnostics;

/// <summary>How a code is reported: some codes are an error in one place and a warning in another.</summary>
public enum ReportedAs
{
    Error,
    Warning,
    ErrorOrWarning,
}
