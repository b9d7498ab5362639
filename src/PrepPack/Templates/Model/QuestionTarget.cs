namespace PrepPack.Templates.Model;

/// <summary>A framework a question is asked for, with the names of the principles it asks about there (none for "why us?").</summary>
public sealed record QuestionTarget(string Framework, string Company, IReadOnlyList<string> Names)
{
    /// <summary>"Amazon: Earn Trust, Are Right, A Lot", or "Meta" for a question asked there without a principle.</summary>
    public string Text => Names.Count == 0 ? Company : $"{Company}: {string.Join(", ", Names)}";
}
