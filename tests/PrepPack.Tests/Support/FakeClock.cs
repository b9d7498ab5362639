namespace PrepPack.Tests.Support;

/// <summary>A clock that stands still until a test moves it, for timings that come out exact.</summary>
internal sealed class FakeClock(DateTime start) : TimeProvider
{
    private DateTimeOffset _now = new(start, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now.Ticks;

    public void Advance(TimeSpan by) => _now += by;
}
