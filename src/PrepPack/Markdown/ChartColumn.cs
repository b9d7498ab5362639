namespace PrepPack.Markdown;

/// <summary>
/// One column of a chart block: its name, whether its values are times (m:ss, kept in seconds), and a value per row.
/// </summary>
public sealed record ChartColumn(string Name, bool IsTime, IReadOnlyList<double?> Values);
