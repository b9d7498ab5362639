using PrepPack.Content.Model;

namespace PrepPack.Coverage;

/// <summary>A principle's two places while they are filled: first the named stories, then PrepPack's picks.</summary>
internal sealed class PrincipleSlots(Principle principle, IReadOnlyList<Story> showing)
{
    public Principle Principle => principle;

    /// <summary>The stories that list the principle, the only ones PrepPack may pick.</summary>
    public IReadOnlyList<Story> Showing => showing;

    public StoryPick? Primary { get; set; }
    public StoryPick? Backup { get; set; }

    /// <summary>Stories that show the principle but were not picked as backup because they already carry their
    /// share.</summary>
    public IReadOnlyList<Story> CrowdedOut { get; set; } = [];

    public IEnumerable<Story> Stories => new[] { Primary?.Story, Backup?.Story }.OfType<Story>().Distinct();
}
