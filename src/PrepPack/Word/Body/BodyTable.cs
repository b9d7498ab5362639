namespace PrepPack.Word.Body;

/// <summary>
/// A table across the text width: a pipe table in a table style, or a box (one cell, its own
/// style). Rows never split across pages.
/// </summary>
internal sealed class BodyTable : BodyBlock
{
    /// <summary>
    /// The table style's id: a pipe table's, or a box's (one cell, bordered and filled by its style).
    /// </summary>
    public string? Style { get; init; }

    /// <summary>Which parts of the table style apply (tblLook), as hex.</summary>
    public string? Look { get; init; }

    /// <summary>The columns' widths, in twentieths of a point.</summary>
    public required int[] Grid { get; init; }

    public List<BodyRow> Rows { get; init; } = [];
}

/// <summary>A row; a header row repeats at the top of every page the table runs onto.</summary>
internal sealed class BodyRow(bool isHeader)
{
    public bool IsHeader { get; } = isHeader;
    public List<BodyCell> Cells { get; } = [];
}

/// <summary>A cell: its width, its shading and its blocks (never none: Word needs a paragraph in each cell).</summary>
internal sealed class BodyCell(int width, bool percent, string? fill, List<BodyBlock> blocks)
{
    /// <summary>Twentieths of a point, or fiftieths of a percent of the table width when <see
    /// cref="Percent"/>.</summary>
    public int Width { get; } = width;
    public bool Percent { get; } = percent;
    public string? Fill { get; } = fill;
    public List<BodyBlock> Blocks { get; } = blocks;
}
