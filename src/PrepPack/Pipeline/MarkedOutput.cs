namespace PrepPack.Pipeline;

/// <summary>One output marked printed: its file, its changed-cards file, and whether it held changed cards, now
/// removed.</summary>
public sealed record MarkedOutput(string Output, string Changed, bool Removed);
