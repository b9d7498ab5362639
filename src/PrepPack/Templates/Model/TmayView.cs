using PrepPack.Content.Model;

namespace PrepPack.Templates.Model;

/// <summary>The "tell me about yourself" script, each highlight with the numbers of its story.</summary>
public sealed class TmayView(TmayScript script, IReadOnlyList<StoryView> stories)
{
    public const int TargetSeconds = 120;

    public string Present => script.Present;
    public string Background => script.Background;
    public string LookingAhead => script.LookingAhead;

    public IReadOnlyList<HighlightView> Highlights { get; } = script.Highlights
        .Select(h => new HighlightView(h.Says, stories.First(s => s.Id == h.Story.Id)))
        .ToList();

    public int Words => SpeakingTime.Words([Present, Background, .. Highlights.Select(h => h.Says), LookingAhead]);
    public int Seconds => SpeakingTime.Seconds(Words);
    public string Time => SpeakingTime.Format(Seconds);
    public string Target => SpeakingTime.Format(TargetSeconds);
    public bool WithinTarget => Seconds <= TargetSeconds;

    /// <summary>Seconds over (positive) or under (negative) the two-minute target.</summary>
    public int Difference => Seconds - TargetSeconds;
}

public sealed record HighlightView(string Says, StoryView Story);
