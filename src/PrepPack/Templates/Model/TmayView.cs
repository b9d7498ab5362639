using PrepPack.Content;
using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>The "tell me about yourself" script, each highlight with the numbers of its story.</summary>
public sealed class TmayView(TmayScript script, IReadOnlyList<StoryView> stories, Action? read = null)
{
    private readonly Action _read = read ?? (() => { });

    public const int TargetSeconds = 120;

    public string Present => Use(script.Present);
    public string Background => Use(script.Background);
    public string LookingAhead => Use(script.LookingAhead);

    public IReadOnlyList<HighlightView> Highlights => Use(_highlights);

    // A model of only some stories (the cards that changed) leaves out highlights of the others.
    private readonly IReadOnlyList<HighlightView> _highlights = script
        .Highlights.Select(h => (h.Says, Story: stories.FirstOrDefault(s => s.Id == h.Story.Id)))
        .Where(h => h.Story is not null)
        .Select(h => new HighlightView(h.Says, h.Story!))
        .ToList();

    private T Use<T>(T value)
    {
        _read();
        return value;
    }

    public int Words => SpeakingTime.Words([Present, Background, .. Highlights.Select(h => h.Says), LookingAhead]);
    public int Seconds => SpeakingTime.Seconds(Words);
    public string Time => SpeakingTime.Format(Seconds);
    public string Target => SpeakingTime.Format(TargetSeconds);
    public bool WithinTarget => Seconds <= TargetSeconds;

    /// <summary>Seconds over (positive) or under (negative) the two-minute target.</summary>
    public int Difference => Seconds - TargetSeconds;
}

public sealed record HighlightView(string Says, StoryView Story);
