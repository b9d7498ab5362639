namespace PrepPack.Templates.Model;

/// <summary>
/// A framework a question is asked for, with the names of the principles it asks about there (none
/// for "why us?"), and whether the story told shows none of them (<c>check</c>'s PP0241, from the same rule).
/// </summary>
public sealed record QuestionTarget(
    string Framework,
    string Company,
    IReadOnlyList<string> Names,
    bool StoryShowsNone = false
)
{
    /// <summary>"Amazon: Earn Trust, Are Right, A Lot", or "Meta" for a question asked there without a
    /// principle.</summary>
    public string Text => Names.Count == 0 ? Company : $"{Company}: {string.Join(", ", Names)}";
}
