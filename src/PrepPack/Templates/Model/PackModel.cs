using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>Everything a template can read, under snake_case names: <c>profile.name</c>, <c>stories</c>, <c>flagship.card.result</c>.</summary>
public sealed class PackModel
{
    public PackModel(StoryBank bank, CardSettings cards, string date)
    {
        Profile = bank.Profile;
        Cards = cards;
        Date = date;
        Stories = bank.Stories
            .Select(s => new StoryView(s, bank.Frameworks))
            .OrderByDescending(s => s.Flagship).ThenByDescending(s => s.Total).ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        Flagship = Stories.FirstOrDefault(s => s.Flagship);
        Failures = Stories.Where(s => s.Failure).ToList();
        Tmay = new TmayView(bank.Profile.Tmay, Stories);
        Frameworks = bank.Frameworks
            .Select(f => new FrameworkView(f, Stories, bank.Profile.WhyCompany.FirstOrDefault(w => w.Company.Id == f.Id
                || string.Equals(w.Company.Id, f.Company, StringComparison.OrdinalIgnoreCase))?.Line))
            .ToList();
        Themes = Stories.SelectMany(s => s.Themes).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)
            .Select(theme =>
            {
                var telling = Stories.Where(s => s.Themes.Contains(theme, StringComparer.OrdinalIgnoreCase)).ToList();
                return new ThemeStories(theme, telling[0], telling.ElementAtOrDefault(1));
            })
            .ToList();
    }

    public Profile Profile { get; }
    public CardSettings Cards { get; }

    /// <summary>The date of the content, for the binder cover.</summary>
    public string Date { get; }

    /// <summary>Stories in matrix order: the flagship, then by total score, then by title.</summary>
    public IReadOnlyList<StoryView> Stories { get; }
    public StoryView? Flagship { get; }
    public IReadOnlyList<StoryView> Failures { get; }
    public TmayView Tmay { get; }
    public IReadOnlyList<FrameworkView> Frameworks { get; }
    public IReadOnlyList<ThemeStories> Themes { get; }

    /// <summary>The lesson to say on the day: the first failure story's, or the flagship's.</summary>
    public string? Lesson => (Failures.FirstOrDefault() ?? Flagship)?.Card.Lesson;
}
