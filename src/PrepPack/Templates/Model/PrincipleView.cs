using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>
/// A principle with the stories to tell for it: those the framework names, or else the two
/// highest-scoring stories that show it. No story at all is a gap.
/// </summary>
public sealed class PrincipleView(Principle principle, IReadOnlyList<StoryView> showing, StoryView? primary, StoryView? backup, bool chosenByUser)
{
    public string Id => principle.Id;
    public string Name => principle.Name;
    public string Emphasise => principle.Emphasise;
    public IReadOnlyList<string> Signals => principle.Signals;
    public IReadOnlyList<string> Questions => principle.Questions;

    /// <summary>Every story that shows the principle, best first.</summary>
    public IReadOnlyList<StoryView> Stories => showing;
    public StoryView? Primary => primary;
    public StoryView? Backup => backup;

    /// <summary>Whether the framework file named the stories, rather than PrepPack choosing them.</summary>
    public bool ChosenByUser => chosenByUser;
    public bool IsGap => primary is null;
}
