namespace PrepPack.Pdf.Rendering;

/// <summary>A heading as the contents lists it.</summary>
internal sealed record ContentsEntry(int Level, string Title, string Destination);
