using System.Globalization;
using PrepPack.Content;
using PrepPack.Content.Model;

namespace PrepPack.Practice;

/// <summary>
/// The practice drill: a question at a time, chosen by <see cref="QuestionPicker"/>; the answer is
/// timed until Enter and set against the two-minute budget, the cues are shown, the candidate
/// scores clarity, metrics and reflection from 1 to 5, and the answer goes into the practice log
/// at once, so stopping at any point keeps every answer scored before it.
/// </summary>
/// <param name="ofFrameworks">The questions are the frameworks' own (<see cref="FrameworkQuestions"/>): each
/// answer is logged against its story, as the log names only question files.</param>
public sealed class PracticeDrill(
    StoryBank bank,
    IReadOnlyList<Question> questions,
    PracticeTerminal terminal,
    TimeProvider clock,
    Random random,
    bool ofFrameworks = false
)
{
    private static readonly string[] Scores = ["Clarity", "Metrics", "Reflection"];

    private readonly TextWriter _out = terminal.Output;
    private readonly PracticeInput _in = new(terminal.Input);

    /// <summary>How many answers this session added to the log.</summary>
    public int Logged { get; private set; }

    /// <summary>How many answers the log could not take: each was kept aside, or shown to be pasted, and said
    /// so.</summary>
    public int KeptAside { get; private set; }

    /// <summary>Runs until the input ends, the candidate stops, or <paramref name="cancel"/> (Ctrl+C).</summary>
    /// <exception cref="PracticeInputException">A line of redirected input that is not a score.</exception>
    public async Task Run(CancellationToken cancel)
    {
        var log = bank.Practice;
        var picker = new QuestionPicker(questions, bank, random, ofFrameworks);
        var budget = bank.Profile.Practice.Whole;
        _out.WriteLine(
            $"{Count(questions.Count, "question")} to practise. Answer each aloud as in the interview; press Enter "
                + "when you finish."
        );
        _out.WriteLine("Ctrl+C stops at any time; every answer you have scored is kept.");
        for (var number = 1; ; number++)
        {
            var stats = new PracticeStats(log);
            var started = clock.GetLocalNow().DateTime;
            var question = picker.Next(stats, started);
            var story = bank.Stories.Single(s => s.Id == question.Primary.Story.Id);
            _out.WriteLine();
            _out.WriteLine($"Question {number} · {Why(question, stats, picker)}");
            _out.WriteLine($"  {question.Ask}");
            _out.WriteLine("Answer aloud, then press Enter.");
            _out.Flush();

            var timer = clock.GetTimestamp();
            var seconds = await TimeAnswer(timer, cancel);
            if (seconds is null)
                break;
            ShowTime(seconds.Value, budget);
            ShowCues(question, story);

            _out.WriteLine("Score this answer from 1 (poor) to 5 (excellent).");
            var scores = new List<int>();
            foreach (var name in Scores)
            {
                if (await Score(name, cancel) is not { } score)
                {
                    _out.WriteLine();
                    _out.WriteLine($"The input ended before the scores of question {number}, so it is not in the log.");
                    return;
                }
                scores.Add(score);
            }

            var entry = new PracticeEntry
            {
                Date = new DateTime(started.Year, started.Month, started.Day, started.Hour, started.Minute, 0),
                Question = ofFrameworks ? null : new SourceRef(question.Id, default),
                Story = new SourceRef(story.Id, default),
                Seconds = seconds,
                Clarity = scores[0],
                Metrics = scores[1],
                Reflection = scores[2],
            };
            var written = PracticeLogWriter.Append(log.File, entry);
            if (written.Log is { } now)
            {
                log = now;
                Logged++;
                _out.WriteLine($"Added to {Shown(log.File)}.");
            }
            else
            {
                KeptAside++;
                written.Tell(_out);
            }

            if (terminal.Interactive)
            {
                _out.Write("Press Enter for the next question, or type q and Enter to stop. ");
                _out.Flush();
                var next = await _in.ReadLine(cancel);
                if (next is null || next.Trim().Equals("q", StringComparison.OrdinalIgnoreCase))
                    break;
            }
        }
        _out.WriteLine();
        _out.WriteLine(
            $"{Count(Logged, "answer")} added this session; the log holds {Count(log.Entries.Count, "answer")}."
        );
        if (KeptAside > 0)
            _out.WriteLine($"{Count(KeptAside, "answer")} could not be added to the log; each is kept as said above.");
    }

    /// <summary>Seconds from the question until Enter, or null when the input ended. A terminal shows the time
    /// running.</summary>
    private async Task<int?> TimeAnswer(long started, CancellationToken cancel)
    {
        using var ticking = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var ticker = terminal.Interactive ? Tick(started, ticking.Token) : Task.CompletedTask;
        try
        {
            var line = await _in.ReadLine(cancel);
            return line is null ? null : (int)clock.GetElapsedTime(started).TotalSeconds;
        }
        finally
        {
            await ticking.CancelAsync();
            await ticker;
        }
    }

    private async Task Tick(long started, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stop);
                _out.Write($"\r  {SpeakingTime.Format((int)clock.GetElapsedTime(started).TotalSeconds)} ");
                _out.Flush();
            }
        }
        catch (OperationCanceledException)
        {
            // Enter, or Ctrl+C: the time stops where it is.
        }
    }

    private void ShowTime(int seconds, int budget)
    {
        var time = SpeakingTime.Format(seconds);
        _out.WriteLine(
            seconds <= budget
                ? $"  Time: {time} of {SpeakingTime.Format(budget)}, within time."
                : $"  Time: {time}, {SpeakingTime.Format(seconds - budget)} over {SpeakingTime.Format(budget)}."
        );
    }

    private void ShowCues(Question question, Story story)
    {
        _out.WriteLine($"  Story: {story.Title}");
        _out.WriteLine($"  Lead with: {question.Angle.LeadWith}");
        foreach (
            var cue in question.Cues.Count > 0
                ? question.Cues
                : [story.Card.Action1, story.Card.Action2, story.Card.Result]
        )
            _out.WriteLine($"  - {cue}");
    }

    /// <summary>A score from 1 to 5: asked again at a terminal, an error in redirected input; null when the input
    /// ended.</summary>
    private async Task<int?> Score(string name, CancellationToken cancel)
    {
        while (true)
        {
            _out.Write($"  {name} (1-5): ");
            _out.Flush();
            var line = await _in.ReadLine(cancel);
            if (line is null)
                return null;
            if (!terminal.Interactive)
                _out.WriteLine(line);
            if (
                int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score)
                && score is >= 1 and <= 5
            )
                return score;
            if (!terminal.Interactive)
                throw new PracticeInputException(
                    _in.Line,
                    $"line {_in.Line} of the input is '{line.Trim()}', but the {name.ToLowerInvariant()} score must "
                        + "be a whole number from 1 to 5."
                );
            _out.WriteLine("  Type a whole number from 1 to 5.");
        }
    }

    /// <summary>Why this question came up: how often and how lately it was practised, and whether it is on thin
    /// ground.</summary>
    private string Why(Question question, PracticeStats stats, QuestionPicker picker)
    {
        var record = picker.Record(question, stats);
        var practised = record.Last is { } last
            ? $"practised {(record.Times == 1 ? "once" : $"{record.Times} times")}, last on "
                + $"{last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
            : "never practised";
        if (ofFrameworks)
            practised = $"{Principle(question)} · its story {practised}";
        return picker.IsThin(question) ? $"{practised}, on thin ground" : practised;
    }

    /// <summary>The principle a framework's question is listed under, as "Amazon: Earn Trust".</summary>
    private string Principle(Question question)
    {
        var link = question.Principles[0];
        var framework = bank.Frameworks.First(f => f.Id == link.Framework.Id);
        return $"{framework.Company}: {framework.Find(link.Principles[0].Id)?.Name}";
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
