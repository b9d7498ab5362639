using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>A framework as templates see it, with stories chosen for each principle.</summary>
public sealed class FrameworkView
{
    public FrameworkView(Framework framework, IReadOnlyList<StoryView> stories, string? whyCompany)
    {
        Id = framework.Id;
        Company = framework.Company;
        Name = framework.Name;
        About = framework.About;
        WhyCompany = whyCompany;
        Principles = framework.Principles.Select(p => View(framework, p, stories)).ToList();
        Stories = Principles.Select(p => p.Primary)
            .Concat(Principles.Select(p => p.Backup))
            .Concat(Principles.SelectMany(p => p.Stories))
            .OfType<StoryView>()
            .Distinct()
            .Select(s => new FrameworkStory(s, Principles.Where(p => p.Stories.Contains(s)).ToList()))
            .ToList();
    }

    /// <summary>The stories that show a principle of the framework: primaries in principle order,
    /// then backups, then the rest; each once, with the principles it shows here.</summary>
    public IReadOnlyList<FrameworkStory> Stories { get; }

    public string Id { get; }
    public string Company { get; }
    public string Name { get; }
    public string? About { get; }
    public string? WhyCompany { get; }
    public IReadOnlyList<PrincipleView> Principles { get; }
    public IReadOnlyList<PrincipleView> Gaps => Principles.Where(p => p.IsGap).ToList();

    private static PrincipleView View(Framework framework, Principle principle, IReadOnlyList<StoryView> stories)
    {
        // Stories arrive in matrix order (flagship, then highest total), so the first are the best.
        var showing = stories.Where(s => s.Source.Shows(framework.Id, principle.Id)).ToList();
        var named = principle.Primary is not null || principle.Backup is not null;
        var primary = Find(stories, principle.Primary) ?? showing.FirstOrDefault();
        var backup = Find(stories, principle.Backup) ?? showing.FirstOrDefault(s => s != primary);
        return new PrincipleView(principle, showing, primary, backup, named);
    }

    private static StoryView? Find(IReadOnlyList<StoryView> stories, SourceRef? reference) =>
        reference is null ? null : stories.FirstOrDefault(s => s.Id == reference.Id);
}
