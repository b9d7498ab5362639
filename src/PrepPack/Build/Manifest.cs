namespace PrepPack.Build;

/// <summary>
/// What the last build made and from what, kept in <c>output/.preppack/manifest.json</c>: for
/// each output the hash of every input it read, so the next build redoes only what changed.
/// </summary>
public sealed record Manifest
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    /// <summary>The PrepPack that wrote it; another one rebuilds everything.</summary>
    public string Tool { get; init; } = "";

    /// <summary>Every content file's hash at the last build, to tell which stories changed since.</summary>
    public Dictionary<string, string> Content { get; init; } = [];

    /// <summary>By target name ("cards", "star-onepager-amazon").</summary>
    public Dictionary<string, OutputRecord> Outputs { get; init; } = [];
}

/// <summary>One output as the last build made it.</summary>
public sealed record OutputRecord(string Output, string Template, Dictionary<string, string> Inputs, string Hash, int Pages);
