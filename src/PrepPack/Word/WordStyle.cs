namespace PrepPack.Word;

/// <summary>
/// One named style of a Word document, as the styles part holds it. A value left null is taken
/// from the style it is based on, and in the end from the document defaults. Sizes and spacing
/// are in points.
/// </summary>
internal sealed record WordStyle(string Id, string Name, WordStyleKind Kind)
{
    public string? BasedOn { get; init; }

    /// <summary>The paragraph style of paragraphs that name none (Normal).</summary>
    public bool IsDefault { get; init; }

    /// <summary>The first is the font the document names; the others stand in for it when measuring, in
    /// order.</summary>
    public IReadOnlyList<string>? Families { get; init; }

    public float? Size { get; init; }
    public bool? Bold { get; init; }
    public bool? Italic { get; init; }

    /// <summary>"0B3D91", as Word writes colours.</summary>
    public string? Color { get; init; }

    public float? SpaceBefore { get; init; }
    public float? SpaceAfter { get; init; }
    public WordLine? Line { get; init; }
    public float? Indent { get; init; }
    public bool KeepWithNext { get; init; }
    public int? OutlineLevel { get; init; }

    /// <summary>A bar down the left of the paragraph (block quotes).</summary>
    public string? LeftBar { get; init; }

    /// <summary>A line under the paragraph (a thematic break).</summary>
    public string? RuleBelow { get; init; }

    /// <summary>Shading behind a run (a character style) or behind every cell (a box's table style).</summary>
    public string? Fill { get; init; }

    /// <summary>
    /// A box's border, as its table style draws it: the colour, and the widths of the edges and of the left one,
    /// in eighths of a point.
    /// </summary>
    public (string Color, int Size, int LeftSize)? BoxBorder { get; init; }

    /// <summary>A table style's grid lines and the shading of its header row.</summary>
    public string? Grid { get; init; }
    public string? HeaderFill { get; init; }
    public WordCellMargins? CellMargins { get; init; }

    /// <summary>Defined by the user's reference document, which is written as it is.</summary>
    public bool FromReference { get; init; }
}
