using PrepPack.Diagnostics;
using PrepPack.Incremental;

namespace PrepPack.Pipeline;

/// <summary>An output made in memory, waiting to be written, with every input it read.</summary>
/// <param name="Inputs">Files read (no fingerprint: hashed when recorded) and values read, each with its
/// fingerprint.</param>
internal sealed record RenderedOutput(
    BuiltOutput Output,
    byte[]? Bytes,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<InputKey, string?> Inputs
);
