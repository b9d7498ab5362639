using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>An output made in memory, waiting to be written, with every input it read.</summary>
internal sealed record RenderedOutput(BuiltOutput Output, byte[]? Bytes, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyCollection<string> Inputs);
