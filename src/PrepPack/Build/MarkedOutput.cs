namespace PrepPack.Build;

/// <summary>One output marked printed: its file, its changed-cards file, and whether that file was there to remove.</summary>
public sealed record MarkedOutput(string Output, string Changed, bool Removed);
