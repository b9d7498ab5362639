using System.CommandLine;
using PrepPack.Cli.Commands;

namespace PrepPack.Cli;

/// <summary>Registers the verbs and maps parse problems to the usage exit code.</summary>
public static class PrepPackCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, PracticeConsole.System);

    /// <param name="console">The input, and the clock, the practice drill reads.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, PracticeConsole console)
    {
        var root = new RootCommand("PrepPack turns your interview stories (YAML) into a printable prep pack.")
        {
            CheckCommand.Create(output),
            BuildCommand.Create(output, error),
            WatchCommand.Create(output, error),
            CoverageCommand.Create(output, error),
            PreviewCommand.Create(output, error),
            ExportCommand.Create(output),
            InitCommand.Create(output),
            TemplatesCommand.Create(output),
            SchemaCommand.Create(output),
            PracticeCommand.Create(output, error, console),
        };

        // With nothing to do, say what can be done: the help, as --help prints it, and no error.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word is also reported as a missing command; the word is the cause, the rest follows from it.
            var unknown = parse.UnmatchedTokens.Count > 0;
            foreach (var problem in parse.Errors.Where(p => !unknown || p.Message != MissingCommand))
                error.WriteLine($"preppack: {problem.Message}");
            error.WriteLine("Run 'preppack --help' to see the commands and their options.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // Bad input never gets here: it is reported as diagnostics. This is a fault in PrepPack itself.
            error.WriteLine($"preppack: an unexpected problem stopped the run: {e.Message}");
            error.WriteLine("Your content was not changed. Please report this with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    // System.CommandLine's own words; its ParseError carries no kind to test instead.
    private const string MissingCommand = "Required command was not provided.";
}
