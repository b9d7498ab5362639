using System.CommandLine;
using PrepPack.Cli.Commands;

namespace PrepPack.Cli;

/// <summary>Registers the verbs and maps parse problems to the usage exit code.</summary>
public static class PrepPackCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, PracticeConsole.System);

    /// <param name="console">The input, and the clock, the practice drill reads.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, PracticeConsole console)
    {
        var root = Commands(output, error, console);

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
        };
        // With no command, say what can be done: the help, as --help prints it; but no command is a
        // mistake on the command line, so a script that forgot it stops with the usage exit code.
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(configuration);
            return ExitCodes.UsageError;
        }
        // 'preppack help build' is what many type for 'preppack build --help'.
        if (args[0] == "help")
            args = [.. args[1..], "--help"];
        try
        {
            var parse = root.Parse(args);
            if (ParseProblems.Describe(parse) is { Count: > 0 } problems)
                return UsageError.Report(error, ParseProblems.CommandPath(parse), problems);
            return parse.Invoke(configuration);
        }
        catch (Exception e)
        {
            // Bad input never gets here: it is reported as diagnostics. This is a fault in PrepPack itself.
            error.WriteLine($"preppack: an unexpected problem stopped the run: {e.Message}");
            error.WriteLine("Your content was not changed. Please report this with the command you ran.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Every command and its options, as the command line is parsed against them.</summary>
    public static RootCommand Commands(TextWriter output, TextWriter error, PracticeConsole console) =>
        new RootCommand("PrepPack turns your interview stories (YAML) into a printable prep pack.")
        {
            CheckCommand.Create(output, error),
            BuildCommand.Create(output, error),
            WatchCommand.Create(output, error),
            PrintedCommand.Create(output, error),
            CoverageCommand.Create(output, error),
            PreviewCommand.Create(output, error),
            ExportCommand.Create(output, error),
            InitCommand.Create(output),
            TemplatesCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            PracticeCommand.Create(output, error, console),
        };
}
