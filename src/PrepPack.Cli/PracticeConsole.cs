namespace PrepPack.Cli;

/// <summary>
/// What <c>preppack practice</c> needs beyond the output: the input it reads answers and scores
/// from, whether a person is typing it, and the clock its timer reads, so tests can drive a drill
/// with redirected lines and a clock of their own.
/// </summary>
public sealed record PracticeConsole(TextReader Input, bool Interactive, TimeProvider Clock)
{
    public static PracticeConsole System => new(Console.In, !Console.IsInputRedirected, TimeProvider.System);
}
