namespace PrepPack.Tests.Support;

/// <summary>
/// Redirected input for the practice drill: each line is given after the clock has moved on by its
/// time, as if the candidate took that long to answer. Past the last line the input ends, or, when
/// <paramref name="blockAtEnd"/>, waits for ever, as a person who has not pressed Enter yet.
/// </summary>
internal sealed class ScriptedInput(
    FakeClock clock,
    IEnumerable<(string Line, int Seconds)> lines,
    bool blockAtEnd = false
) : TextReader
{
    private readonly Queue<(string Line, int Seconds)> _lines = new(lines);
    private readonly ManualResetEventSlim _released = new();

    /// <summary>Set when the drill asks for a line past the last one.</summary>
    public ManualResetEventSlim Waiting { get; } = new();

    public override string? ReadLine()
    {
        if (_lines.Count == 0)
        {
            Waiting.Set();
            if (blockAtEnd)
                _released.Wait();
            return null;
        }
        var (line, seconds) = _lines.Dequeue();
        clock.Advance(TimeSpan.FromSeconds(seconds));
        return line;
    }

    /// <summary>Lets a reader still waiting go, with the end of the input.</summary>
    protected override void Dispose(bool disposing)
    {
        _released.Set();
        base.Dispose(disposing);
    }

    /// <summary>An answer that takes <paramref name="seconds"/>, then its three scores.</summary>
    public static IEnumerable<(string, int)> Answer(int seconds, int clarity, int metrics, int reflection) =>
        [("", seconds), (clarity.ToString(), 5), (metrics.ToString(), 2), (reflection.ToString(), 2)];
}
