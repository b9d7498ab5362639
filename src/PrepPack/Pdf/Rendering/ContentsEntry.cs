namespace PrepPack.Pdf.Rendering;

/// <summary>A heading as the contents lists it, and where the heading is (messages about its characters point
/// there).</summary>
internal sealed record ContentsEntry(
    int Level,
    string Title,
    string Destination,
    Diagnostics.SourceLocation? At = null
);
