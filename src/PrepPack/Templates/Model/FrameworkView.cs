using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Templates.Model;

/// <summary>A framework as templates see it, with stories chosen for each principle.</summary>
public sealed class FrameworkView
{
    private Action _read = () => { };

    public FrameworkView(FrameworkCoverage coverage, IReadOnlyList<StoryView> stories, string? whyCompany)
    {
        var framework = coverage.Framework;
        Id = framework.Id;
        MaxPrinciplesPerStory = coverage.MaxPerStory;
        Company = framework.Company;
        Name = framework.Name;
        About = framework.About;
        WhyCompany = whyCompany;
        // Found in one pass over the stories and one over the principles, not principle by story:
        // a bank of thousands of stories would otherwise spend seconds here for every output.
        var lookup = new StoryLookup(stories, framework.Id);
        _principles = coverage.Principles.Select(p => View(p, lookup)).ToList();
        var shown = new Dictionary<StoryView, List<PrincipleView>>();
        foreach (var principle in _principles)
        foreach (var story in principle.Stories)
        {
            if (!shown.TryGetValue(story, out var principles))
                shown[story] = principles = [];
            if (principles.Count == 0 || principles[^1] != principle)
                principles.Add(principle);
        }
        _stories = _principles
            .Select(p => p.Primary)
            .Concat(Principles.Select(p => p.Backup))
            .Concat(Principles.SelectMany(p => p.Stories))
            .OfType<StoryView>()
            .Distinct()
            .Select(s => new FrameworkStory(s, shown.TryGetValue(s, out var principles) ? principles : []))
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
    public IReadOnlyList<PrincipleView> Thin => Principles.Where(p => p.IsThin).ToList();

    /// <summary>How many principles are strong, thin and gaps.</summary>
    public int StrongCount => Principles.Count(p => p.Status == "strong");
    public int ThinCount => Principles.Count(p => p.IsThin);
    public int GapCount => Principles.Count(p => p.IsGap);

    /// <summary>How many principles one story may carry before it is reported as over-used.</summary>
    public int MaxPrinciplesPerStory { get; }

    /// <summary>The questions asked for this framework, each with the principles it asks about here, in principle
    /// order.</summary>
    public IReadOnlyList<FrameworkQuestion> Questions
    {
        get
        {
            _read();
            _questionsRead();
            return _questions;
        }
    }

    private IReadOnlyList<FrameworkQuestion> _questions = [];
    private Action _questionsRead = () => { };

    /// <summary>Set by the model, which knows the questions: those asked for this framework, and what reading them
    /// records.</summary>
    internal void SetQuestions(IEnumerable<QuestionView> questions, Action read)
    {
        _questions = questions
            .Select(q => (View: q, Link: q.Raw.Principles.First(l => l.Framework.Id == Id)))
            .Select(x => new FrameworkQuestion(
                x.View,
                x.Link.Principles.Select(p => _principles.FirstOrDefault(v => v.Id == p.Id))
                    .OfType<PrincipleView>()
                    .ToList()
            )
            {
                Framework = Id,
            })
            .ToList();
        _questionsRead = read;
    }

    /// <summary>The principles with their chosen stories, for the model's own choosing; reading them records
    /// nothing.</summary>
    internal IReadOnlyList<PrincipleView> Choices => _principles;

    private T Use<T>(T value)
    {
        _read();
        return value;
    }

    /// <summary>What reading the framework records: set by the model, which knows the files.</summary>
    internal void OnRead(Action read) => _read = read;

    /// <summary>The stories chosen for each principle and the stories of its one-pagers, by id.</summary>
    public string Fingerprint() =>
        Model.Fingerprint.Of(
            _principles
                .Select(p => p.Fingerprint())
                .Concat(_stories.Select(s => s.Story.Id + ":" + string.Join(",", s.Principles.Select(p => p.Id))))
        );

    private static PrincipleView View(PrincipleCoverage coverage, StoryLookup stories)
    {
        var principle = coverage.Principle;
        var questions = principle
            .Questions.Select(q => new PracticeQuestionView(q, stories.Find(q.Primary), stories.Find(q.Backup)))
            .ToList();
        return new PrincipleView(
            coverage,
            stories.Showing(principle.Id),
            stories.Find(coverage.Primary),
            stories.Find(coverage.Backup),
            questions
        );
    }
}
