namespace PrepPack.Templates.Model;

/// <summary>A framework a question is asked for, with the names of the principles it asks about there (none for "why us?").</summary>
public sealed record QuestionTarget(string Framework, string Company, IReadOnlyList<string> Names);
