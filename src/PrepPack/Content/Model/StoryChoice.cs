namespace PrepPack.Content.Model;

/// <summary>
/// A story the candidate named for a principle or a question, and, when they marked it weak,
/// their note on what would make it stronger ("needs a number").
/// </summary>
public sealed record StoryChoice(SourceRef Story, string? Weak = null)
{
    public bool IsWeak => Weak is not null;
}
