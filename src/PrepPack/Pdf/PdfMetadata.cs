namespace PrepPack.Pdf;

/// <summary>What a PDF says about itself in its document properties.</summary>
public sealed record PdfMetadata(string Title, string? Author = null, string? Subject = null, string? Keywords = null)
{
    public const string Creator = "PrepPack";

    /// <summary>
    /// The date written into the file: none, so that the same input gives the same bytes, unless
    /// SOURCE_DATE_EPOCH asks for one (the reproducible-builds convention).
    /// </summary>
    public DateTime? Date { get; init; } = SourceDate;

    /// <summary>The date SOURCE_DATE_EPOCH asks every output to carry, or null for none.</summary>
    public static DateTime? SourceDate => FromSourceDateEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));

    public static DateTime? FromSourceDateEpoch(string? value) =>
        long.TryParse(value, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;
}
