using PrepPack.Diagnostics;

namespace PrepPack.Build;

/// <summary>An output made in memory, waiting to be written.</summary>
internal sealed record RenderedOutput(BuiltOutput Output, byte[]? Bytes, IReadOnlyList<Diagnostic> Diagnostics);
