using PrepPack.Diagnostics;

namespace PrepPack.Content.Model;

/// <summary>
/// One answer practised aloud, from the practice log: when, which question and story, how long it
/// took and the 1-5 scores the candidate gave it. Written by <c>preppack practice</c>, or by hand
/// after practice on paper, where the time and the scores may be left out.
/// </summary>
public sealed record PracticeEntry
{
    /// <summary>When the practice was, to the minute; midnight when the log gives only the day.</summary>
    public required DateTime Date { get; init; }
    public SourceRef? Question { get; init; }
    public SourceRef? Story { get; init; }

    /// <summary>How long the answer took, in seconds; null when not timed.</summary>
    public int? Seconds { get; init; }
    public int? Clarity { get; init; }
    public int? Metrics { get; init; }
    public int? Reflection { get; init; }
    public SourceLocation At { get; init; }
}
