using System.CommandLine;
using PrepPack.Pipeline;
using PrepPack.Templates;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack watch</c>: builds, then rebuilds on every save until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new BuildInputs();
        var verbose = CommonOptions.Verbose();
        var command = new Command(
            "watch",
            "Build, then build again every time you save a story, the profile, a template or the theme. Ctrl+C stops."
        )
        {
            inputs.Content,
            inputs.Templates,
            inputs.Output,
            verbose,
            inputs.Framework,
        };
        command.SetAction(
            async (parse, cancel) =>
            {
                if (inputs.Options(parse, "watch", output, error, parse.GetValue(verbose)) is not { } options)
                    return ExitCodes.UsageError;
                output.WriteLine(
                    BuiltInTemplates.Holds(options.Templates)
                        ? $"Watching {options.Content}, with the built-in templates; press Ctrl+C to stop."
                        : $"Watching {options.Content} and {options.Templates}; press Ctrl+C to stop."
                );
                await new BuildWatcher(options).Run(
                    report =>
                    {
                        output.WriteLine($"[{DateTime.Now:HH:mm:ss}] build");
                        BuildPrinter.Print(output, report, parse.GetValue(verbose));
                        output.Flush();
                    },
                    cancel,
                    notice =>
                    {
                        output.WriteLine($"[{DateTime.Now:HH:mm:ss}] {notice}");
                        output.Flush();
                    }
                );
                return ExitCodes.Success;
            }
        );
        return command;
    }
}
