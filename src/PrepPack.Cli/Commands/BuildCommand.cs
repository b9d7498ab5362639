using System.CommandLine;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack build</c>: checks the story bank and writes the printable pack.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var inputs = new BuildInputs();
        var force = new Option<bool>("--force", "-f")
        {
            Description = "Make every output again, even those that are up to date.",
        };
        var verbose = CommonOptions.Verbose();
        var only = OnlyOption.Create();
        var quiet = CommonOptions.Quiet();
        var format = CommonOptions.Format();
        var command = new Command(
            "build",
            "Build the prep pack: story cards, matrix, 'tell me about yourself', cheat sheet, binder and Word "
                + "one-pagers."
        )
        {
            inputs.Content,
            inputs.Templates,
            inputs.Output,
            force,
            verbose,
            inputs.Framework,
            only,
            quiet,
            format,
        };
        command.SetAction(parse =>
        {
            var json = parse.GetValue(format) == ReportFormat.Json;
            if (inputs.Options(parse, "build", output, error, parse.GetValue(verbose) && !json) is not { } options)
                return ExitCodes.UsageError;
            var terminal = json || parse.GetValue(quiet) ? Terminal.Plain : Terminal.Of(output);
            var report = Progress.While(terminal, "Building the pack…", tell =>
                PackBuilder.Build(
                    options with
                    {
                        Force = parse.GetValue(force),
                        Only = OnlyOption.Names(parse.GetValue(only)),
                        Progress = step => tell($"{step.Done} of {step.Total} made: {step.Output}"),
                    }
                )
            );
            if (report.UnknownOutputs.Count > 0)
                return OnlyOption.Unknown(report, error, "build");
            if (json)
                JsonReport.Build(output, report);
            else
                BuildPrinter.Print(output, report, parse.GetValue(verbose), parse.GetValue(quiet));
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
