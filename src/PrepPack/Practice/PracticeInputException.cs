namespace PrepPack.Practice;

/// <summary>A line of redirected input the drill cannot take, with its line number; no one is there to ask
/// again.</summary>
public sealed class PracticeInputException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
