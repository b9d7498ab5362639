namespace PrepPack.Content;

/// <summary>How long text takes to say aloud, at an interview pace of 150 words a minute.</summary>
public static class SpeakingTime
{
    public const int WordsPerMinute = 150;

    public static int Words(IEnumerable<string?> texts) =>
        texts.Sum(t => t?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0);

    public static int Seconds(int words) => (int)Math.Round(words * 60.0 / WordsPerMinute);

    /// <summary>"1:45" for 105 seconds.</summary>
    public static string Format(int seconds) => $"{seconds / 60}:{seconds % 60:00}";
}
