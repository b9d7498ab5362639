namespace PrepPack.Content.Model;

/// <summary>How to tell the story for one question: what to open with, what to leave out, and the signals to make
/// heard.</summary>
public sealed record QuestionAngle(string LeadWith, string? Cut, IReadOnlyList<string> Signals);
