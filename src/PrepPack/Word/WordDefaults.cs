namespace PrepPack.Word;

/// <summary>The document defaults every style starts from: font, size, colour, paragraph spacing. Sizes in
/// points.</summary>
internal sealed record WordDefaults
{
    public IReadOnlyList<string>? Families { get; init; }
    public float? Size { get; init; }
    public string? Color { get; init; }
    public string? Language { get; init; }
    public float? SpaceBefore { get; init; }
    public float? SpaceAfter { get; init; }
    public WordLine? Line { get; init; }
}
