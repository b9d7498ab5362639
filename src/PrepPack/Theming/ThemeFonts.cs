namespace PrepPack.Theming;

/// <summary>Font families for each role, each tried in order, then the fallbacks.</summary>
public sealed record ThemeFonts
{
    public IReadOnlyList<string> Body { get; init; } = ["DejaVu Serif"];
    public IReadOnlyList<string> Heading { get; init; } = ["DejaVu Sans"];
    public IReadOnlyList<string> Mono { get; init; } = ["DejaVu Sans Mono"];
    public IReadOnlyList<string> Fallback { get; init; } = ["DejaVu Sans"];

    public IEnumerable<string> All => Body.Concat(Heading).Concat(Mono).Concat(Fallback).Distinct();
}
