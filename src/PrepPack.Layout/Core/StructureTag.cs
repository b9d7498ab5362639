namespace PrepPack.Layout.Core;

/// <summary>
/// One element of a tagged PDF's structure (a heading, a list item, a table cell), for a screen
/// reader. An element draws its content between a begin and an end of its tag on each page it
/// reaches; the same tag object on several pages is one structure element, so a paragraph split
/// by a page break is read as one. Roles are PDF's standard structure types.
/// </summary>
public sealed class StructureTag(string role)
{
    public string Role => role;

    /// <summary>What a figure shows, said in words: what a screen reader reads in its place.</summary>
    public string? AltText { get; set; }

    /// <summary>For a header cell, whether it heads a column or a row ("Column", "Row").</summary>
    public string? Scope { get; set; }

    /// <summary>For a list, how its items are numbered ("Disc", "Decimal"): said once for the list, as its
    /// markers are drawn as decoration rather than read item by item.</summary>
    public string? ListNumbering { get; init; }

    /// <summary>Kept in the structure even when nothing is drawn in it, as long as its parent holds something:
    /// an empty table cell, so every row has a cell under each header.</summary>
    public bool KeepEmpty { get; init; }

    /// <summary>A figure reads as one thing: content drawn inside it is its own, whatever tags it carries.</summary>
    public bool IsFigure => role == StructureRoles.Figure;

    public static StructureTag Heading(int level) => new("H" + Math.Clamp(level, 1, 6));

    public static StructureTag Figure(string altText) => new(StructureRoles.Figure) { AltText = altText };

    public override string ToString() => role;
}
