using PrepPack.Diagnostics;

namespace PrepPack.Pipeline;

/// <summary>What a build did: every output, and every diagnostic.</summary>
public sealed record BuildReport(
    IReadOnlyList<BuiltOutput> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesRead
)
{
    /// <summary>No errors, and no output that could not be made: a failed output fails the build
    /// even when its errors went unreported.</summary>
    public bool Succeeded =>
        !Diagnostics.Any(d => d.IsError)
        && UnknownOutputs.Count == 0
        && !Outputs.Any(o => o.Status == OutputStatus.Failed);

    /// <summary>The input files the build read, in path order, each once: none when nothing changed since the last
    /// build.</summary>
    public IReadOnlyList<string> InputsRead { get; init; } = [];

    /// <summary>Names given to <c>--only</c> that no output has; nothing was built.</summary>
    public IReadOnlyList<UnknownOutput> UnknownOutputs { get; init; } = [];

    /// <summary>The names <c>--only</c> takes, when it was given one it does not know.</summary>
    public IReadOnlyList<string> KnownOutputs { get; init; } = [];
}
