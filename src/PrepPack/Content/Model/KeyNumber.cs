namespace PrepPack.Content.Model;

/// <summary>A number to say out loud ("15 min") and what it measures ("dashboard refresh, was 2-3 h").</summary>
public sealed record KeyNumber(string Value, string Measures);
