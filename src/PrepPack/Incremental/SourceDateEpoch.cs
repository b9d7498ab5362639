namespace PrepPack.Incremental;

/// <summary>
/// The reproducible-builds convention: SOURCE_DATE_EPOCH, in seconds since 1970, is the date every
/// output carries; without it outputs carry no date, so the same input gives the same bytes.
/// </summary>
public static class SourceDateEpoch
{
    public const string Variable = "SOURCE_DATE_EPOCH";

    public static DateTime? FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Variable));

    public static DateTime? Parse(string? value) =>
        long.TryParse(value, out var seconds) && seconds >= 0 && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
            : null;

    /// <summary>The date as the build stamp and the manifest record it.</summary>
    public static string Text(DateTime? date) => date?.ToString("O") ?? "none";
}
