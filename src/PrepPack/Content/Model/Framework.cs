namespace PrepPack.Content.Model;

/// <summary>A company's behavioural framework, read from <c>content/frameworks/&lt;id&gt;.yaml</c>.</summary>
public sealed record Framework
{
    public required string Id { get; init; }
    public required string Company { get; init; }
    public required string Name { get; init; }
    public string? About { get; init; }
    public IReadOnlyList<Principle> Principles { get; init; } = [];
    public required string File { get; init; }

    /// <summary>How many principles one story may carry before it is reported as over-used; null: a fair share of the
    /// bank.</summary>
    public int? MaxPrinciplesPerStory { get; init; }

    public Principle? Find(string principleId) => Principles.FirstOrDefault(p => p.Id == principleId);
}
