namespace PrepPack.Content.Model;

/// <summary>The principles of one framework that a story shows.</summary>
public sealed record PrincipleLink(SourceRef Framework, IReadOnlyList<SourceRef> Principles);
