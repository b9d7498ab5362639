using PrepPack.Diagnostics;

namespace PrepPack.Word;

/// <summary>A written .docx, or the diagnostics that prevented it.</summary>
public sealed record WordResult(byte[]? Bytes, int Pages, IReadOnlyList<Diagnostic> Diagnostics);
