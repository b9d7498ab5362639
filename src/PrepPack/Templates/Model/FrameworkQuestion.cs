namespace PrepPack.Templates.Model;

/// <summary>A question as one framework asks it: the principles it asks about there, and the signals those carry.</summary>
public sealed record FrameworkQuestion(QuestionView Question, IReadOnlyList<PrincipleView> Principles)
{
    public IReadOnlyList<string> PrincipleNames => Principles.Select(p => p.Name).ToList();
    public IReadOnlyList<string> Signals => Principles.SelectMany(p => p.Signals).Distinct().ToList();
}
