namespace PrepPack.Practice;

/// <summary>
/// Where the drill talks to the candidate. <paramref name="Interactive"/> is false when the input
/// is redirected (a file, a pipe, a test): then each answer is one line, each score one line, and a
/// bad score stops the drill instead of asking again.
/// </summary>
public sealed record PracticeTerminal(TextReader Input, TextWriter Output, bool Interactive);
