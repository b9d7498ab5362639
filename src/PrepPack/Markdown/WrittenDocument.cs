using PrepPack.Diagnostics;

namespace PrepPack.Markdown;

/// <summary>The bytes of a written document, or null with the diagnostics that prevented it.</summary>
/// <param name="Pages">The pages laid out, or for Word the pages it is expected to lay out.</param>
public sealed record WrittenDocument(byte[]? Bytes, int Pages, IReadOnlyList<Diagnostic> Diagnostics);
