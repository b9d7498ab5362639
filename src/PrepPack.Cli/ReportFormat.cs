namespace PrepPack.Cli;

/// <summary>How <c>build</c> and <c>check</c> report: lines for people, or one JSON document for editors and
/// CI.</summary>
public enum ReportFormat
{
    Text,
    Json,
}
