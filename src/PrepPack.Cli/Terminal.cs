using Spectre.Console;

namespace PrepPack.Cli;

/// <summary>
/// What the place preppack prints to can show. Colours and a progress display are for a person at a
/// terminal: never in a file, a pipe or a CI log, and no colour when <c>NO_COLOR</c> is set
/// (https://no-color.org) or the terminal says it is dumb.
/// </summary>
internal sealed record Terminal(bool Colour, bool Interactive)
{
    public static readonly Terminal Plain = new(false, false);

    /// <summary>Only the process's own standard output can be a terminal; a writer a test or a caller hands in is plain
    /// text.</summary>
    public static Terminal Of(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
            ? Decide(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable, () =>
                AnsiConsole.Profile.Capabilities.Ansi
            )
            : Plain;

    /// <param name="ansi">Whether the terminal takes colour codes; asked last, as finding out costs a little.</param>
    internal static Terminal Decide(bool isTerminal, Func<string, string?> environment, Func<bool> ansi)
    {
        if (!isTerminal || environment("TERM") == "dumb")
            return Plain;
        // NO_COLOR counts when it is set to anything but the empty string.
        var colour = string.IsNullOrEmpty(environment("NO_COLOR")) && ansi();
        return new Terminal(colour, Interactive: true);
    }
}
