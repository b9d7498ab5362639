using PrepPack.Diagnostics;
using PrepPack.Layout.Paging;

namespace PrepPack.Pdf;

/// <summary>A rendered PDF, or the diagnostics that prevented it.</summary>
public sealed record PdfResult(
    byte[]? Bytes,
    LaidOutDocument? Layout,
    float Scale,
    IReadOnlyList<Diagnostic> Diagnostics
)
{
    public bool Succeeded => Bytes is not null;
    public int PageCount => Layout?.Pages.Count ?? 0;
}
