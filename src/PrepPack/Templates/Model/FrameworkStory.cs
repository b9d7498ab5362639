namespace PrepPack.Templates.Model;

/// <summary>A story as one framework sees it: the principles it shows there, and the signals they carry.</summary>
public sealed record FrameworkStory(StoryView Story, IReadOnlyList<PrincipleView> Principles)
{
    public IReadOnlyList<string> PrincipleNames => Principles.Select(p => p.Name).ToList();
    public IReadOnlyList<string> Signals => Principles.SelectMany(p => p.Signals).Distinct().ToList();
}
