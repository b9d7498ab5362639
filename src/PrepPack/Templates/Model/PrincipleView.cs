using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Templates.Model;

/// <summary>
/// A principle with the stories to tell for it (those the framework names, else PrepPack's picks)
/// and how ready it is: <c>status</c> is "strong", "thin" or "gap", and <c>reason</c> says why.
/// </summary>
public sealed class PrincipleView(
    PrincipleCoverage coverage,
    IReadOnlyList<StoryView> showing,
    StoryView? primary,
    StoryView? backup,
    IReadOnlyList<PracticeQuestionView> practiceQuestions
)
{
    private Principle Principle => coverage.Principle;

    public string Id => Principle.Id;
    public string Name => Principle.Name;
    public string Emphasise => Principle.Emphasise;
    public IReadOnlyList<string> Signals => Principle.Signals;

    /// <summary>The practice questions as plain lines.</summary>
    public IReadOnlyList<string> Questions => Principle.Questions.Select(q => q.Ask).ToList();

    /// <summary>The practice questions with the stories chosen for each and why, where the framework chose.</summary>
    public IReadOnlyList<PracticeQuestionView> PracticeQuestions => practiceQuestions;

    /// <summary>Every story that shows the principle, best first.</summary>
    public IReadOnlyList<StoryView> Stories => showing;
    public StoryView? Primary => primary;
    public StoryView? Backup => backup;

    /// <summary>What the candidate wrote would make the primary (or backup) stronger; null when not marked
    /// weak.</summary>
    public string? PrimaryWeak => coverage.Primary?.Weak;
    public string? BackupWeak => coverage.Backup?.Weak;

    /// <summary>Whether the primary (or backup) is ready to tell, by the rule its own page prints; false when there is
    /// none.</summary>
    public bool PrimaryReady => coverage.Primary?.Readiness.Ready ?? false;
    public bool BackupReady => coverage.Backup?.Readiness.Ready ?? false;

    /// <summary>Whether PrepPack picked the story, the framework file naming none for that place.</summary>
    public bool PrimaryPicked => coverage.Primary?.Picked ?? false;
    public bool BackupPicked => coverage.Backup?.Picked ?? false;

    /// <summary>Asked as "a time you were wrong" (<c>needs: failure</c>).</summary>
    public bool NeedsFailure => Principle.NeedsFailure;

    public string Status => coverage.StatusWord;

    /// <summary>Why the principle is thin or a gap, with what to add, naming stories by title as the page does; null
    /// when strong.</summary>
    public string? Reason => Reasons.Count == 0 ? null : string.Join("; ", Reasons);
    public IReadOnlyList<string> Reasons => coverage.ReasonsNaming(Titled);

    /// <summary>For a gap, the stories to consider before writing one, by short title, as the one-page outputs name
    /// stories ("'Kiln rebuild' shows Google's 'Values feedback'"); null when none.</summary>
    public string? GapSuggestion => coverage.GapSuggestion?.Naming(s => s.ShortTitle ?? s.Title);

    /// <summary>The reason as a table that prints each weak note beside its story says it: "the backup is
    /// marked weak" rather than the note again; null when strong.</summary>
    public string? ReasonBesideNotes =>
        coverage.Said.Count == 0
            ? null
            : string.Join("; ", coverage.Said.Select(r => r.BesideNotes ?? r.Naming(Titled)));

    private static string Titled(Story story) => story.Title;

    /// <summary>Whether the framework file named a story for the principle, rather than PrepPack choosing
    /// both.</summary>
    public bool ChosenByUser => Principle.Primary is not null || Principle.Backup is not null;
    public bool IsGap => coverage.Status == CoverageStatus.Gap;
    public bool IsThin => coverage.Status == CoverageStatus.Thin;

    /// <summary>What the page shows of the principle's choices and readiness, for rebuilds.</summary>
    internal string Fingerprint() =>
        Model.Fingerprint.Of(
            (
                Id,
                primary?.Id,
                backup?.Id,
                ChosenByUser,
                string.Join(",", showing.Select(s => s.Id)),
                Status,
                Reason,
                GapSuggestion,
                PrimaryWeak,
                BackupWeak,
                PrimaryPicked,
                BackupPicked,
                PrimaryReady,
                BackupReady,
                string.Join(
                    "|",
                    practiceQuestions.Select(q =>
                        $"{q.Ask}>{q.Primary?.Id}>{q.Backup?.Id}>{q.PrimaryWeak}>{q.BackupWeak}>{q.Why}"
                    )
                )
            )
        );
}
