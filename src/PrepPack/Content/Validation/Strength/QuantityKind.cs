namespace PrepPack.Content.Validation.Strength;

/// <summary>What a figure in a story counts: a share, money, a length of time, or things named by a noun.</summary>
internal enum QuantityKind
{
    Percent,
    Money,
    Duration,
    Count,
}
