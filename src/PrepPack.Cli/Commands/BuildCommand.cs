using System.CommandLine;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack build</c>: checks the story bank and writes the printable pack.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var outputFolder = CommonOptions.Output();
        var force = new Option<bool>("--force", "-f")
        {
            Description = "Make every output again, even those that are up to date.",
        };
        var verbose = CommonOptions.Verbose();
        var framework = CommonOptions.InterviewFramework();
        var only = OnlyOption.Create();
        var quiet = CommonOptions.Quiet();
        var format = CommonOptions.Format();
        var command = new Command(
            "build",
            "Build the prep pack: story cards, matrix, 'tell me about yourself', cheat sheet, binder and Word "
                + "one-pagers."
        )
        {
            content,
            templates,
            outputFolder,
            force,
            verbose,
            framework,
            only,
            quiet,
            format,
        };
        command.SetAction(parse =>
        {
            if (
                CommonOptions.FoldersRefused(
                    parse.GetValue(content)!,
                    parse.GetValue(outputFolder),
                    "build",
                    error,
                    parse.GetValue(templates)
                )
            )
                return ExitCodes.UsageError;
            if (CommonOptions.UnknownFramework(parse.GetValue(content)!, parse.GetValue(framework), "build", error))
                return ExitCodes.UsageError;
            var json = parse.GetValue(format) == ReportFormat.Json;
            var terminal = json || parse.GetValue(quiet) ? Terminal.Plain : Terminal.Of(output);
            var folder = CommonOptions.ChooseTemplates(
                parse.GetValue(templates),
                parse.GetValue(content)!,
                output,
                parse.GetValue(verbose) && !json
            );
            var report = Progress.While(terminal, "Building the pack…", tell => PackBuilder.Build(
                    new BuildOptions(
                        parse.GetValue(content)!,
                        folder,
                        parse.GetValue(outputFolder)!,
                        parse.GetValue(force)
                    )
                    {
                        Framework = parse.GetValue(framework),
                        Only = OnlyOption.Names(parse.GetValue(only)),
                        Progress = step => tell($"{step.Done} of {step.Total} made: {step.Output}"),
                    }
                ));
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
