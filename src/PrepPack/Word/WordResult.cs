using PrepPack.Diagnostics;

namespace PrepPack.Word;

/// <summary>A written .docx, or the diagnostics that prevented it.</summary>
/// <param name="Pages">The pages the one-page estimate expects Word to lay out: an estimate, not a count of page
/// breaks.</param>
public sealed record WordResult(byte[]? Bytes, int Pages, IReadOnlyList<Diagnostic> Diagnostics);
