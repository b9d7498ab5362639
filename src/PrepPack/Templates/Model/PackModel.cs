using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>Everything a template can read, under snake_case names: <c>profile.name</c>, <c>stories</c>, <c>flagship.card.result</c>.</summary>
public sealed class PackModel
{
    private readonly InputTracker _tracker;
    private readonly StoryBank _bank;

    public PackModel(StoryBank bank, CardSettings cards, string date, InputTracker? tracker = null)
    {
        _tracker = tracker ?? InputTracker.None;
        _bank = bank;
        _profile = bank.Profile;
        Cards = cards;
        _date = date;
        _stories = bank.Stories
            .Select(s => new StoryView(s, bank.Frameworks, _tracker))
            .OrderByDescending(s => s.Flagship).ThenByDescending(s => s.Total).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        _tmay = new TmayView(bank.Profile.Tmay, _stories, () => _tracker.Read(bank.Profile.File));
        _frameworks = bank.Frameworks
            .Select(f => new FrameworkView(f, _stories, bank.Profile.WhyCompany.FirstOrDefault(w => w.Company.Id == f.Id
                || string.Equals(w.Company.Id, f.Company, StringComparison.OrdinalIgnoreCase))?.Line, () => ReadFramework(f)))
            .ToList();
    }

    private readonly Profile _profile;
    private readonly string _date;
    private readonly IReadOnlyList<StoryView> _stories;
    private readonly TmayView _tmay;
    private readonly IReadOnlyList<FrameworkView> _frameworks;

    public Profile Profile => ReadProfile(_profile);
    public CardSettings Cards { get; }

    /// <summary>The date of the content, for the binder cover.</summary>
    public string Date => ReadProfile(_date);

    /// <summary>Stories in matrix order: the flagship, then by total score, then by title.</summary>
    public IReadOnlyList<StoryView> Stories => ReadStories(_stories);
    public StoryView? Flagship => Stories.FirstOrDefault(s => s.Flagship);
    public IReadOnlyList<StoryView> Failures => Stories.Where(s => s.Failure).ToList();

    /// <summary>The "tell me about yourself" script; it reads only the stories it highlights.</summary>
    public TmayView Tmay => _tmay;

    /// <summary>The frameworks, each with the stories chosen for its principles.</summary>
    public IReadOnlyList<FrameworkView> Frameworks
    {
        get
        {
            foreach (var framework in _bank.Frameworks) _tracker.Read(framework.File);
            _tracker.Read(FrameworksFolder);
            return _frameworks;
        }
    }

    public IReadOnlyList<ThemeStories> Themes => Stories.SelectMany(s => s.Themes).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
        .Select(theme =>
        {
            var telling = Stories.Where(s => s.Themes.Contains(theme, StringComparer.OrdinalIgnoreCase)).ToList();
            return new ThemeStories(theme, telling[0], telling.ElementAtOrDefault(1));
        })
        .ToList();

    /// <summary>The lesson to say on the day: the first failure story's, or the flagship's.</summary>
    public string? Lesson => (Failures.FirstOrDefault() ?? Flagship)?.Card.Lesson;

    /// <summary>The framework for <c>for_each: framework</c> templates.</summary>
    public FrameworkView Framework(string id) => _frameworks.Single(f => f.Id == id);

    /// <summary>The story for <c>for_each: story</c> templates.</summary>
    public StoryView Story(string id) => _stories.Single(s => s.Id == id);

    /// <summary>The folder listings count as inputs too: a story added or removed changes what lists them.</summary>
    public string StoriesFolder => Path.GetDirectoryName(_bank.Stories[0].File) ?? "";
    public string FrameworksFolder => _bank.Frameworks.Count > 0 ? Path.GetDirectoryName(_bank.Frameworks[0].File) ?? "" : "";

    private T ReadProfile<T>(T value)
    {
        _tracker.Read(_profile.File);
        return value;
    }

    private T ReadStories<T>(T value)
    {
        foreach (var story in _bank.Stories) _tracker.Read(story.File);
        _tracker.Read(StoriesFolder);
        return value;
    }

    private void ReadFramework(Content.Model.Framework framework)
    {
        _tracker.Read(framework.File);
        ReadStories(0);
    }
}
