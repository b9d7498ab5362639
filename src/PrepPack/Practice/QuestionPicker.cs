using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Practice;

/// <summary>
/// Chooses the next question to practise, at random but weighted: a question never practised
/// weighs most, one practised long ago more than one practised today, one practised often less;
/// and a question on thin ground (no backup story, a choice marked weak, or a principle it asks
/// about that is thin or a gap) counts double. The same seed and log give the same choices.
/// </summary>
/// <param name="ofFrameworks">The questions are the frameworks' own (<see cref="FrameworkQuestions"/>), which
/// the log does not name: how often and when each was practised is read from its story's answers.</param>
public sealed class QuestionPicker(
    IReadOnlyList<Question> questions,
    StoryBank bank,
    Random random,
    bool ofFrameworks = false
)
{
    /// <summary>Days since the last practice stop counting after four weeks: by then it is as good as new.</summary>
    private const int StaleAfterDays = 28;

    /// <summary>The weight of a question never practised; one practised today weighs 1 before its count divides
    /// it.</summary>
    private const double Never = 5;

    private readonly HashSet<string> _asked = [];

    /// <summary>Whether a question is on thin ground, as the weighting counts it.</summary>
    public bool IsThin(Question question)
    {
        if (question.Backup is null || question.Primary.IsWeak || question.Backup.IsWeak)
            return true;
        var coverage = BankCoverage.Of(bank);
        return question.Principles.Any(link =>
            coverage.Find(link.Framework.Id) is { } framework
            && link.Principles.Any(p => framework.Find(p.Id)?.Status is CoverageStatus.Thin or CoverageStatus.Gap)
        );
    }

    /// <summary>How much more likely a question is to come up than one practised today, once, on firm ground.</summary>
    public double Weight(Question question, PracticeStats stats, DateTime today)
    {
        var record = Record(question, stats);
        var staleness = record.Last is { } last
            ? 1 + Math.Clamp((today.Date - last.Date).Days, 0, StaleAfterDays) / 7.0
            : Never;
        return (IsThin(question) ? 2 : 1) * staleness / (1 + record.Times);
    }

    /// <summary>What the log says about a question: its own answers, or, for a framework's question, its
    /// story's.</summary>
    public PracticeRecord Record(Question question, PracticeStats stats) =>
        ofFrameworks ? stats.OfStory(question.Primary.Story.Id) : stats.OfQuestion(question.Id);

    /// <summary>The next question: none asked twice in a session until every one has been asked.</summary>
    public Question Next(PracticeStats stats, DateTime today)
    {
        if (_asked.Count == questions.Count)
            _asked.Clear();
        var open = questions.Where(q => !_asked.Contains(q.Id)).ToList();
        var weights = open.Select(q => Weight(q, stats, today)).ToList();
        var roll = random.NextDouble() * weights.Sum();
        var chosen = open[^1];
        for (var i = 0; i < open.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                chosen = open[i];
                break;
            }
        }
        _asked.Add(chosen.Id);
        return chosen;
    }
}
