using PrepPack.Layout.Core;

namespace PrepPack.Layout.Elements;

/// <summary>
/// A table row as placed on one page: its cells, top and height, the background of cells without one of
/// their own, how its cells are tagged (TH, TD; null for none) and whether it is a header repeated as decoration.
/// </summary>
internal sealed record PlacedRow(
    IReadOnlyList<TableCell> Cells,
    float Y,
    float Height,
    Color? Background,
    string? CellRole,
    bool Repeated
);
