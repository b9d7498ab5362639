namespace PrepPack.Content.Readiness;

/// <summary>
/// A theme behavioural interviews nearly always ask about, the story themes that answer it (compared
/// in lower case, with spaces and underscores read as '-'), and how the summary asks for it when no
/// story does.
/// </summary>
public sealed record InterviewTheme(string Name, string Question, string Wanted, IReadOnlyList<string> Aliases)
{
    /// <summary>The six themes, in the order the readiness page lists them.</summary>
    public static IReadOnlyList<InterviewTheme> All { get; } =
    [
        new(
            "leadership",
            "Tell me about a time you led a team or a project.",
            "a leadership story",
            ["leadership", "leading", "mentoring", "mentorship", "people-leadership"]
        ),
        new(
            "conflict",
            "Tell me about a time you disagreed with a colleague or your manager.",
            "a conflict story",
            ["conflict", "disagreement", "disagree-and-commit", "backbone", "pushback"]
        ),
        new(
            "biggest impact",
            "What is the achievement you are proudest of?",
            "a story of your biggest impact",
            ["impact", "biggest-impact", "results", "deliver-results", "achievement"]
        ),
        new(
            "failure",
            "Tell me about a time you failed or made a mistake.",
            "a failure story",
            ["failure", "mistake", "setback"]
        ),
        new(
            "teamwork",
            "Tell me about working closely with others to reach a goal.",
            "a teamwork story",
            ["teamwork", "collaboration", "team", "cross-team", "cross-functional", "partnership"]
        ),
        new(
            "initiative",
            "Tell me about something you did that nobody asked you to.",
            "an initiative story",
            ["initiative", "ownership", "bias-for-action", "proactive", "self-starter"]
        ),
    ];

    public bool IsFailure => Name == "failure";

    /// <summary>Whether a story with these themes answers this one; a failure story always answers "failure".</summary>
    public bool AnsweredBy(IEnumerable<string> storyThemes, bool isFailure) =>
        AnsweredByNormalised(storyThemes.Select(Normalise), isFailure);

    /// <summary>As <see cref="AnsweredBy"/>, for themes already put through <see cref="Normalise"/>.</summary>
    internal bool AnsweredByNormalised(IEnumerable<string> storyThemes, bool isFailure) =>
        IsFailure && isFailure || storyThemes.Any(Aliases.Contains);

    public static string Normalise(string theme) => theme.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
}
