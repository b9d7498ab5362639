using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>One target as the plan sees it: what the last build recorded for it and why it is made again.</summary>
/// <param name="Reason">Why it is made again, or null when it is up to date.</param>
/// <param name="IsCurrent">Whether its inputs are as recorded, even when --force makes it again.</param>
internal sealed record PlannedOutput(BuildTarget Target, OutputRecord? Record, string? Reason, bool IsCurrent);
