namespace PrepPack.Templates.Model;

/// <summary>A question as one framework asks it: the principles it asks about there, the signals those carry,
/// and whether the story told shows none of them.</summary>
public sealed record FrameworkQuestion(QuestionView Question, IReadOnlyList<PrincipleView> Principles)
{
    /// <summary>The framework's id, set by the framework that asks it.</summary>
    internal string Framework { get; init; } = "";

    /// <summary>Whether the story told shows none of the principles asked about here (<c>check</c>'s PP0241).</summary>
    public bool StoryShowsNone => Question.Misfits.Any(t => t.Framework == Framework);

    public IReadOnlyList<string> PrincipleNames => Principles.Select(p => p.Name).ToList();
    public IReadOnlyList<string> Signals => Principles.SelectMany(p => p.Signals).Distinct().ToList();
}
