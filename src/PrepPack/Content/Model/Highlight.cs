namespace PrepPack.Content.Model;

/// <summary>One highlight of the "tell me about yourself" script, drawn from a story.</summary>
public sealed record Highlight(SourceRef Story, string Says);
