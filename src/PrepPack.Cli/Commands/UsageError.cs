namespace PrepPack.Cli.Commands;

/// <summary>
/// The one way a mistake on the command line is told: "preppack: " and a plain sentence on the
/// error stream, then where the help is, and exit code 2. Nothing is built or written.
/// </summary>
internal static class UsageError
{
    /// <param name="command">The command as typed after "preppack" ("build", "export anki"), or "" for preppack
    /// itself.</param>
    /// <param name="more">A line of advice printed as it is, after the messages.</param>
    public static int Report(TextWriter error, string command, IEnumerable<string> messages, string? more = null)
    {
        foreach (var message in messages)
            error.WriteLine($"preppack: {message}");
        if (more is not null)
            error.WriteLine(more);
        error.WriteLine(
            command.Length == 0
                ? "Run 'preppack --help' to see the commands and their options."
                : $"Run 'preppack {command} --help' to see the options."
        );
        return ExitCodes.UsageError;
    }

    public static int Report(TextWriter error, string command, string message, string? more = null) =>
        Report(error, command, [message], more);
}
