namespace PrepPack.Content.Validation.Strength;

/// <summary>
/// One figure as a story states it: what it counts, the range of values it allows (a rounded or
/// "about" figure allows a little either side, "under 20" everything below), what it is said
/// about (the stemmed words around it: "churn", "latency"; for a count, its noun), and where it
/// is written (the field and the figure's offset in that field's text).
/// </summary>
internal sealed record Quantity
{
    public required string Field { get; init; }
    public required QuantityKind Kind { get; init; }
    public required QuantityRole Role { get; init; }
    public required double Low { get; init; }
    public required double High { get; init; }

    /// <summary>The figure as typed ("$1.2M", "30%", "twelve"), to show and to find in the file.</summary>
    public required string Written { get; init; }
    public required int Offset { get; init; }

    /// <summary>The stemmed words the figure is said about, without its own noun.</summary>
    public required IReadOnlySet<string> Subject { get; init; }

    /// <summary>The words around the figure as written, to name the quantity in a message.</summary>
    public IReadOnlyList<string> About { get; init; } = [];

    /// <summary>A count's noun, stemmed ("engineer"); a money figure's currency sign; else empty.</summary>
    public string Unit { get; init; } = "";

    /// <summary>How many of this period make a year, for "$100k a month"; null when no period is said.</summary>
    public double? PerYear { get; init; }

    /// <summary>Both ends of one "from X to Y" or "X → Y" share an id, so a stated change can be checked against
    /// them.</summary>
    public int? PairId { get; init; }

    /// <summary>Whether the role comes from the words around the figure ("fell to", "from") rather than from its
    /// field.</summary>
    public bool Worded { get; init; }

    /// <summary>Whether the figure is per a period or per item ("two a month", "£95 a head").</summary>
    public bool IsRate { get; init; }

    public double Mid => (Low + High) / 2;

    public bool Overlaps(Quantity other) => Low <= other.High && other.Low <= High;
}
