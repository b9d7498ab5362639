namespace PrepPack.Templates.Model;

/// <summary>A question as one framework asks it: the principles it asks about there, the signals those carry,
/// and whether the story told shows none of them.</summary>
public sealed record FrameworkQuestion(QuestionView Question, IReadOnlyList<PrincipleView> Principles, bool StoryShowsNone)
{
    public IReadOnlyList<string> PrincipleNames => Principles.Select(p => p.Name).ToList();
    public IReadOnlyList<string> Signals => Principles.SelectMany(p => p.Signals).Distinct().ToList();
}
