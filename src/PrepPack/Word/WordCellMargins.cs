namespace PrepPack.Word;

/// <summary>The space inside each cell of a table, in points.</summary>
internal sealed record WordCellMargins(float Top, float Left, float Bottom, float Right)
{
    /// <summary>What Word uses for a table whose style sets none: 0.075 in either side, nothing above or
    /// below.</summary>
    public static WordCellMargins WordDefault { get; } = new(0, 5.4f, 0, 5.4f);
}
