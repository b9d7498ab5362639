namespace PrepPack.Content.Model;

/// <summary>One principle of a company framework, with what a story should stress for it.</summary>
public sealed record Principle
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Emphasise { get; init; }
    public IReadOnlyList<string> Signals { get; init; } = [];
    public IReadOnlyList<string> Questions { get; init; } = [];
    public SourceRef? Primary { get; init; }
    public SourceRef? Backup { get; init; }
}
