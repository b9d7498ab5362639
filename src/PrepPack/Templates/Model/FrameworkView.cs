using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>A framework as templates see it, with stories chosen for each principle.</summary>
public sealed class FrameworkView
{
    private Action _read = () => { };

    public FrameworkView(Framework framework, IReadOnlyList<StoryView> stories, string? whyCompany)
    {
        Id = framework.Id;
        Company = framework.Company;
        Name = framework.Name;
        About = framework.About;
        WhyCompany = whyCompany;
        _principles = framework.Principles.Select(p => View(framework, p, stories)).ToList();
        _stories = _principles.Select(p => p.Primary)
            .Concat(Principles.Select(p => p.Backup))
            .Concat(Principles.SelectMany(p => p.Stories))
            .OfType<StoryView>()
            .Distinct()
            .Select(s => new FrameworkStory(s, _principles.Where(p => p.Stories.Contains(s)).ToList()))
            .ToList();
    }

    private readonly IReadOnlyList<PrincipleView> _principles;
    private readonly IReadOnlyList<FrameworkStory> _stories;

    /// <summary>The stories that show a principle of the framework: primaries in principle order,
    /// then backups, then the rest; each once, with the principles it shows here.</summary>
    public IReadOnlyList<FrameworkStory> Stories => Use(_stories);

    public string Id { get; }
    public string Company { get; }
    public string Name { get; }
    public string? About { get; }
    public string? WhyCompany { get; }
    public IReadOnlyList<PrincipleView> Principles => Use(_principles);
    public IReadOnlyList<PrincipleView> Gaps => Principles.Where(p => p.IsGap).ToList();

    /// <summary>The principles with their chosen stories, for the model's own choosing; reading them records nothing.</summary>
    internal IReadOnlyList<PrincipleView> Choices => _principles;

    private T Use<T>(T value)
    {
        _read();
        return value;
    }

    /// <summary>What reading the framework records: set by the model, which knows the files.</summary>
    internal void OnRead(Action read) => _read = read;

    /// <summary>The stories chosen for each principle and the stories of its one-pagers, by id.</summary>
    public string Fingerprint() => Model.Fingerprint.Of(
        _principles.Select(p => (p.Id, p.Primary?.Id, p.Backup?.Id, p.ChosenByUser, string.Join(",", p.Stories.Select(s => s.Id))))
            .Concat(_stories.Select(s => ((string Id, string?, string?, bool, string))(s.Story.Id, null, null, false, string.Join(",", s.Principles.Select(p => p.Id))))));

    private static PrincipleView View(Framework framework, Principle principle, IReadOnlyList<StoryView> stories)
    {
        // Stories arrive in matrix order (flagship, then highest total), so the first are the best.
        var showing = stories.Where(s => s.Raw.Shows(framework.Id, principle.Id)).ToList();
        var named = principle.Primary is not null || principle.Backup is not null;
        var primary = Find(stories, principle.Primary) ?? showing.FirstOrDefault();
        var backup = Find(stories, principle.Backup) ?? showing.FirstOrDefault(s => s != primary);
        return new PrincipleView(principle, showing, primary, backup, named);
    }

    private static StoryView? Find(IReadOnlyList<StoryView> stories, SourceRef? reference) =>
        reference is null ? null : stories.FirstOrDefault(s => s.Id == reference.Id);
}
