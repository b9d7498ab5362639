using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>What a build did: every output, and every diagnostic.</summary>
public sealed record BuildReport(IReadOnlyList<BuiltOutput> Outputs, IReadOnlyList<Diagnostic> Diagnostics, int FilesRead)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
