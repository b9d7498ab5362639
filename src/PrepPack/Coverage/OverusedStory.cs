using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>A story told for more principles of one framework than its fair share, with the principles it
/// carries.</summary>
public sealed record OverusedStory(Story Story, IReadOnlyList<Principle> Principles, int Max);
