namespace PrepPack.Content.Model;

/// <summary>The full STAR telling of a story, as said in an interview.</summary>
public sealed record StarAnswer(
    string Situation,
    string Task,
    IReadOnlyList<string> Actions,
    string Result,
    string? Reflection
);
