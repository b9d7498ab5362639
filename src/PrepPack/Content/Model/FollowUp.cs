namespace PrepPack.Content.Model;

/// <summary>A question an interviewer is likely to ask next, with a short answer ready.</summary>
public sealed record FollowUp(string Question, string Answer);
