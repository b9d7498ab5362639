using PrepPack.Content.Model;

namespace PrepPack.Practice;

/// <summary>The practice log summed up per question and per story, for the tracker, the cheat sheet and the drill's
/// choice.</summary>
public sealed class PracticeStats
{
    private readonly Dictionary<string, PracticeRecord> _questions;
    private readonly Dictionary<string, PracticeRecord> _stories;
    private IReadOnlyList<PracticeDay>? _byDay;

    public PracticeStats(PracticeLog log)
    {
        Log = log;
        _questions = log
            .Entries.Where(e => e.Question is not null)
            .GroupBy(e => e.Question!.Id)
            .ToDictionary(g => g.Key, g => PracticeRecord.Of(g.ToList()), StringComparer.Ordinal);
        _stories = log
            .Entries.Where(e => e.Story is not null)
            .GroupBy(e => e.Story!.Id)
            .ToDictionary(g => g.Key, g => PracticeRecord.Of(g.ToList()), StringComparer.Ordinal);
    }

    public PracticeLog Log { get; }

    public PracticeRecord OfQuestion(string id) => _questions.GetValueOrDefault(id, PracticeRecord.Never);

    public PracticeRecord OfStory(string id) => _stories.GetValueOrDefault(id, PracticeRecord.Never);

    /// <summary>Each day practised, oldest first, with its average scores and time: the tracker's chart.</summary>
    public IReadOnlyList<PracticeDay> ByDay => _byDay ??= PracticeDay.All(Log.Entries);

    /// <summary>How many answers the log holds, and on how many days.</summary>
    public int Answers => Log.Entries.Count;
    public int Days => Log.Entries.Select(e => e.Date.Date).Distinct().Count();
}
