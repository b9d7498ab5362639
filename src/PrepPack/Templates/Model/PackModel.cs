using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Content.Readiness;
using PrepPack.Coverage;
using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Practice;
using PrepPack.Theming;

namespace PrepPack.Templates.Model;

/// <summary>Everything a template can read, under snake_case names: <c>profile.name</c>, <c>stories</c>,
/// <c>flagship.card.result</c>.</summary>
public sealed class PackModel
{
    private readonly InputTracker _tracker;
    private readonly StoryBank _bank;

    /// <param name="interview">The id of the framework of the interview at hand, as the build chose it; null for
    /// none.</param>
    public PackModel(
        StoryBank bank,
        CardSettings cards,
        string date,
        InputTracker? tracker = null,
        OnePageLimits? onePage = null,
        string? interview = null
    )
    {
        _interview = interview;
        _onePage = onePage ?? new OnePageLimits();
        _tracker = tracker ?? InputTracker.None;
        _bank = bank;
        _profile = bank.Profile;
        Cards = cards;
        _date = date;
        _practice = new PracticeStats(bank.Practice);
        _stories = bank
            .Stories.Select(s => new StoryView(
                s,
                bank.Frameworks,
                bank.Profile.Practice,
                bank.Profile.Tmay.Highlights,
                _tracker,
                _practice
            ))
            .OrderByDescending(s => s.Flagship)
            .ThenByDescending(s => s.Total)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        // Looked up by id and by file in one step each: a bank of thousands of stories makes a scan
        // per question or input slow.
        foreach (var story in _stories)
            _storyById.TryAdd(story.Id, story);
        _storyByFile = new Lazy<Dictionary<string, StoryView>>(() =>
        {
            var byFile = new Dictionary<string, StoryView>(StringComparer.Ordinal);
            foreach (var story in _stories)
                byFile.TryAdd(story.Raw.File, story);
            return byFile;
        });
        _themes = new Lazy<IReadOnlyList<ThemeStories>>(TellingByTheme);
        _tmay = new TmayView(bank.Profile.Tmay, _stories, () => _tracker.File(bank.Profile.File));
        _frameworks = BankCoverage
            .Of(bank)
            .Frameworks.Select(c => new FrameworkView(
                c,
                _stories,
                bank.Profile.WhyCompany.FirstOrDefault(w =>
                    w.Company.Id == c.Framework.Id
                    || string.Equals(w.Company.Id, c.Framework.Company, StringComparison.OrdinalIgnoreCase)
                )?.Line
            ))
            .ToList();
        foreach (var (view, framework) in _frameworks.Zip(bank.Frameworks))
            view.OnRead(() =>
            {
                _tracker.File(framework.File);
                _tracker.File(bank.Profile.File);
                _tracker.Value(new InputKey(InputKind.FrameworkChoices, framework.File), view.Fingerprint);
            });
        _questions = QuestionOrder.Of(bank.Questions, bank.Frameworks).Select(ViewOf).OfType<QuestionView>().ToList();
        var questionViews = new Dictionary<Question, QuestionView>(ReferenceEqualityComparer.Instance);
        foreach (var question in _questions)
            questionViews.TryAdd(question.Raw, question);
        foreach (var (view, framework) in _frameworks.Zip(bank.Frameworks))
            view.SetQuestions(
                QuestionOrder
                    .For(bank.Questions, framework)
                    .Select(q => questionViews.GetValueOrDefault(q))
                    .OfType<QuestionView>(),
                () => _tracker.File(QuestionsFolder)
            );
        _practiceView = new Lazy<PracticeView>(() =>
            new PracticeView(
                _questions.Select(q => new PracticeRowView(q.Id, () => q.Ask, _practice.OfQuestion(q.Id))).ToList(),
                _stories
                    .Select(s => new PracticeRowView(s.Id, () => s.ShortTitle, _practice.OfStory(s.Id)))
                    .ToList(),
                _practice.Answers,
                _practice.Days,
                new PracticeChartView(_practice.ByDay)
            )
        );
        _ranked = new Lazy<IReadOnlyList<StoryView>>(() => StoryRanking.Rank(_stories, _frameworks, ThemesNow()));
        // The cheat sheet is for the interview at hand: its framework's stories come before the others'.
        _rankedForInterview = new Lazy<IReadOnlyList<StoryView>>(() =>
            InterviewFramework is { } chosen ? StoryRanking.Rank(_stories, [chosen], ThemesNow()) : _ranked.Value
        );
        _readiness = new Lazy<BankReadiness>(() => BankReadiness.Of(bank));
    }

    private readonly Lazy<IReadOnlyList<ThemeStories>> _themes;
    private readonly Dictionary<string, StoryView> _storyById = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, StoryView>> _storyByFile;

    private readonly PracticeStats _practice;
    private readonly IReadOnlyList<QuestionView> _questions;
    private readonly Lazy<PracticeView> _practiceView;
    private readonly Profile _profile;
    private readonly string _date;
    private readonly IReadOnlyList<StoryView> _stories;
    private readonly TmayView _tmay;
    private readonly IReadOnlyList<FrameworkView> _frameworks;
    private readonly OnePageLimits _onePage;
    private readonly Lazy<IReadOnlyList<StoryView>> _ranked;
    private readonly Lazy<IReadOnlyList<StoryView>> _rankedForInterview;
    private readonly string? _interview;
    private readonly Lazy<BankReadiness> _readiness;
    private readonly Dictionary<string, OnePageStories> _leftOut = new(StringComparer.Ordinal);

    public Profile Profile => ReadProfile(_profile);
    public CardSettings Cards { get; }

    /// <summary>The date of the content, for the binder cover.</summary>
    public string Date => ReadProfile(_date);

    /// <summary>Stories in matrix order: the flagship, then by total score, then by title.</summary>
    public IReadOnlyList<StoryView> Stories
    {
        get
        {
            _listsEveryStory = true;
            return Read(InputKind.StoryOrder, _stories);
        }
    }

    // Set when the template reads every story: its output shows what a one-page list leaves out.
    private bool _listsEveryStory;
    public StoryView? Flagship => Read(InputKind.Flagship, _stories.FirstOrDefault(s => s.Raw.Flagship));
    public IReadOnlyList<StoryView> Failures => Read(InputKind.Failures, _stories.Where(s => s.Raw.IsFailure).ToList());

    /// <summary>The "tell me about yourself" script; it reads only the stories it highlights.</summary>
    public TmayView Tmay => _tmay;

    /// <summary>The frameworks, each with the stories chosen for its principles.</summary>
    public IReadOnlyList<FrameworkView> Frameworks
    {
        get
        {
            foreach (var framework in _bank.Frameworks)
                _tracker.File(framework.File);
            _tracker.File(FrameworksFolder);
            return _frameworks;
        }
    }

    /// <summary>The likely questions, each with the story to tell and how, in framework and principle order.</summary>
    public IReadOnlyList<QuestionView> Questions
    {
        get
        {
            _tracker.File(QuestionsFolder);
            return _questions;
        }
    }

    /// <summary>What the practice log says, per question and per story; reading it records the log as an
    /// input.</summary>
    public PracticeView Practice
    {
        get
        {
            if (_bank.Practice.File.Length > 0)
                _tracker.File(_bank.Practice.File);
            _tracker.File(QuestionsFolder);
            // It has a row per story: a story added or removed changes it.
            Read(InputKind.StoryOrder, _stories);
            return _practiceView.Value;
        }
    }

    /// <summary>The interview at hand: <c>interview.framework</c>, the framework whose principles the cheat sheet
    /// shows, or null.</summary>
    public InterviewView Interview
    {
        get
        {
            _tracker.Value(InputKey.Interview, () => _interview ?? "");
            return new InterviewView(InterviewFramework);
        }
    }

    private FrameworkView? InterviewFramework => _frameworks.FirstOrDefault(f => f.Id == _interview);

    /// <summary>
    /// The cheat sheet pages the binder prints: one for the interview at hand, or, with several
    /// frameworks and none chosen, one per framework, as the build makes <c>cheatsheet-&lt;framework&gt;.pdf</c>.
    /// </summary>
    public IReadOnlyList<CheatSheetView> CheatSheets
    {
        get
        {
            _tracker.Value(InputKey.Interview, () => _interview ?? "");
            if (InterviewFramework is not null || _frameworks.Count <= 1)
                return [Sheet(InterviewFramework, ReadOnePage(CheatsheetLimit))];
            foreach (var framework in _bank.Frameworks)
                _tracker.File(framework.File);
            return _frameworks.Select(f => Sheet(f, ReadOnePage(CheatsheetLimit + Separator + f.Id))).ToList();
        }
    }

    /// <summary>A cheat sheet page, noting a framework with more principles than the page has room for.</summary>
    private CheatSheetView Sheet(FrameworkView? framework, OnePageStories stories)
    {
        var sheet = new CheatSheetView(framework, stories, _onePage.CheatsheetPrinciples);
        if (
            framework is not null
            && sheet.PrinciplesLeftOut > 0
            && _bank.Frameworks.FirstOrDefault(f => f.Id == framework.Id) is { } file
        )
            _principlesLeftOut[framework.Id] = new PrinciplesLeftOut(
                file.File,
                sheet.Principles.Count,
                sheet.PrinciplesLeftOut
            );
        return sheet;
    }

    /// <summary>The frameworks a cheat sheet page read with more principles than it has room for, for the build to warn
    /// about.</summary>
    public IReadOnlyList<PrinciplesLeftOut> PrinciplesCut() =>
        _principlesLeftOut.Values.OrderBy(p => p.File, StringComparer.Ordinal).ToList();

    private readonly Dictionary<string, PrinciplesLeftOut> _principlesLeftOut = new(StringComparer.Ordinal);

    // "cheatsheet_stories:amazon": the cheat sheet's stories for one framework's page.
    private const char Separator = ':';

    /// <summary>Each question theme with the two best stories for it.</summary>
    public IReadOnlyList<ThemeStories> Themes => Read(InputKind.Themes, ThemesNow());

    /// <summary>How long each part of a STAR answer may take, from the profile's <c>practice:</c>: <c>budgets.whole</c>
    /// is "2:00".</summary>
    public BudgetsView Budgets => ReadProfile(new BudgetsView(_profile.Practice));

    /// <summary>Whether the bank is ready for an interview: a story for each theme interviews always ask, and what is
    /// missing.</summary>
    public ReadinessView Readiness => Read(InputKind.Readiness, new ReadinessView(_readiness.Value, _stories));

    /// <summary>The lesson to say on the day: the first failure story's, or the flagship's.</summary>
    public string? Lesson => Read(InputKind.Lesson, LessonValue);

    /// <summary>The stories the one-page project matrix has room for (the theme's <c>one_page:
    /// matrix_stories</c>).</summary>
    public OnePageStories MatrixStories => ReadOnePage(MatrixLimit);

    /// <summary>The stories the one-page cheat sheet has room for (the theme's <c>one_page:
    /// cheatsheet_stories</c>).</summary>
    public OnePageStories CheatsheetStories => ReadOnePage(CheatsheetLimit);

    private const string MatrixLimit = "matrix_stories";
    private const string CheatsheetLimit = "cheatsheet_stories";

    /// <summary>The one-page lists the template read that left stories out, for the build to warn about;
    /// none when the template also read every story, as the binder does, since it shows them all.</summary>
    public IReadOnlyList<OnePageStories> LeftOut() =>
        _listsEveryStory ? [] : _leftOut.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    private OnePageStories ReadOnePage(string name)
    {
        var page = OnePage(name);
        _tracker.Value(new InputKey(InputKind.OnePage, StoriesFolder, name), page.Fingerprint);
        if (page.LeftOut > 0)
            _leftOut[name] = page;
        return page;
    }

    // The most important stories up to the limit, shown in matrix order; a framework's cheat sheet page ranks its own
    // stories first.
    private OnePageStories OnePage(string name)
    {
        var limit = name == MatrixLimit ? _onePage.MatrixStories : _onePage.CheatsheetStories;
        var ranked =
            name == MatrixLimit ? _ranked.Value
            : name.Split(Separator) is [_, var id] && _frameworks.FirstOrDefault(f => f.Id == id) is { } framework
                ? StoryRanking.Rank(_stories, [framework], ThemesNow())
            : _rankedForInterview.Value;
        var kept = ranked.Take(limit).ToHashSet();
        return new OnePageStories(
            name.Split(Separator)[0],
            _stories.Where(kept.Contains).ToList(),
            _stories.Count - kept.Count
        );
    }

    private string? LessonValue =>
        (_stories.FirstOrDefault(s => s.Raw.IsFailure) ?? _stories.FirstOrDefault(s => s.Raw.Flagship))
            ?.Raw
            .Card
            .Lesson;

    private IReadOnlyList<ThemeStories> ThemesNow() => _themes.Value;

    /// <summary>Each theme, as first written, with the first two stories in matrix order that tell it:
    /// one pass over the stories.</summary>
    private IReadOnlyList<ThemeStories> TellingByTheme()
    {
        var telling = new Dictionary<string, (string Theme, StoryView First, StoryView? Second)>(
            StringComparer.OrdinalIgnoreCase
        );
        foreach (var story in _stories)
        foreach (var theme in story.Raw.Themes)
        {
            if (!telling.TryGetValue(theme, out var found))
                telling[theme] = (theme, story, null);
            else if (found.Second is null && found.First != story)
                telling[theme] = found with { Second = story };
        }
        return telling
            .Values.OrderBy(t => t.Theme, StringComparer.OrdinalIgnoreCase)
            .Select(t => new ThemeStories(t.Theme, t.First, t.Second))
            .ToList();
    }

    // What the next build compares, value by value: the same function makes the fingerprint when a
    // template reads the value and when a rebuild asks whether it changed.
    private string? StoriesPrint(InputKind kind) =>
        kind switch
        {
            InputKind.StoryOrder => Fingerprint.Of(_stories.Select(s => s.Id)),
            InputKind.Flagship => Fingerprint.Of(_stories.FirstOrDefault(s => s.Raw.Flagship)?.Id),
            InputKind.Failures => Fingerprint.Of(_stories.Where(s => s.Raw.IsFailure).Select(s => s.Id)),
            InputKind.Themes => Fingerprint.Of(ThemesNow().Select(t => (t.Theme, t.Primary.Id, t.Backup?.Id))),
            InputKind.Lesson => Fingerprint.Of(LessonValue),
            // As templates see it: the view, whose members are what a template can read (and what a trimmed program
            // keeps).
            InputKind.Readiness => Fingerprint.Of(new ReadinessView(_readiness.Value, _stories)),
            _ => null,
        };

    /// <summary>What a value read by a template is now; null when it no longer exists (or is not a value of the
    /// model).</summary>
    public string? Current(InputKey key) =>
        key.Kind switch
        {
            InputKind.Story => _storyByFile.Value.GetValueOrDefault(key.File) is { } story
            && typeof(StoryView).GetProperty(key.Part ?? "") is { } property
                ? Fingerprint.Of(property.GetValue(story))
                : null,
            InputKind.OnePage when key.File == StoriesFolder => key.Part is MatrixLimit or CheatsheetLimit
                ? OnePage(key.Part).Fingerprint()
            : key.Part?.Split(Separator) is [CheatsheetLimit, var id] && _frameworks.Any(f => f.Id == id)
                ? OnePage(key.Part).Fingerprint()
            : null,
            InputKind.Interview => _interview ?? "",
            InputKind.FrameworkChoices => _frameworks
                .Zip(_bank.Frameworks)
                .FirstOrDefault(f => f.Second.File == key.File)
                .First?.Fingerprint(),
            _ when key.File == StoriesFolder => StoriesPrint(key.Kind),
            _ => null,
        };

    private T Read<T>(InputKind kind, T value)
    {
        _tracker.Value(new InputKey(kind, StoriesFolder), () => StoriesPrint(kind)!);
        return value;
    }

    /// <summary>The framework for <c>for_each: framework</c> templates.</summary>
    public FrameworkView Framework(string id) => _frameworks.Single(f => f.Id == id);

    /// <summary>The story for <c>for_each: story</c> templates.</summary>
    public StoryView Story(string id) => _stories.Single(s => s.Id == id);

    /// <summary>The folder listings count as inputs too: a story added or removed changes what lists them.</summary>
    internal string StoriesFolder => Path.GetDirectoryName(_bank.Stories[0].File) ?? "";

    /// <summary>Beside the profile, as the content folder has them: a bank with no framework or question
    /// still has a place for one, so adding the first makes again what lists them.</summary>
    internal string QuestionsFolder => Content.QuestionsFolder;
    internal string FrameworksFolder => Content.FrameworksFolder;
    private ContentFolder Content => new(Path.GetDirectoryName(_bank.Profile.File) ?? "");

    /// <summary>The question as templates see it; null when its story is not in this bank (the changed cards' few
    /// stories).</summary>
    private QuestionView? ViewOf(Question question)
    {
        if (_storyById.GetValueOrDefault(question.Primary.Story.Id) is not { } story)
            return null;
        var backup = question.Backup is { } b ? _storyById.GetValueOrDefault(b.Story.Id) : null;
        var notShown = question.NotShownBy(story.Raw);
        var targets = question
            .Principles.Select(l => (Link: l, Framework: _bank.Frameworks.FirstOrDefault(f => f.Id == l.Framework.Id)))
            .Where(x => x.Framework is not null)
            .Select(x => new QuestionTarget(
                x.Framework!.Id,
                x.Framework.Company,
                x.Link.Principles.Select(p => x.Framework.Find(p.Id)?.Name ?? p.Id).ToList(),
                notShown.Contains(x.Link)
            ))
            .ToList();
        return new QuestionView(question, story, backup, targets, _profile.Practice, ReadQuestion, () =>
            _tracker.File(_profile.File)
        );
    }

    /// <summary>A question read: its file, and the frameworks whose principle names it shows.</summary>
    private void ReadQuestion(Question question)
    {
        _tracker.File(question.File);
        foreach (var link in question.Principles)
            if (_bank.Frameworks.FirstOrDefault(f => f.Id == link.Framework.Id) is { } framework)
                _tracker.File(framework.File);
    }

    private T ReadProfile<T>(T value)
    {
        _tracker.File(_profile.File);
        return value;
    }
}
