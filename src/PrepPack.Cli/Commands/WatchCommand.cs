using System.CommandLine;
using PrepPack.Pipeline;
using PrepPack.Templates;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack watch</c>: builds, then rebuilds on every save until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var outputFolder = CommonOptions.Output();
        var verbose = CommonOptions.Verbose();
        var framework = CommonOptions.InterviewFramework();
        var command = new Command(
            "watch",
            "Build, then build again every time you save a story, the profile, a template or the theme. Ctrl+C stops."
        )
        {
            content,
            templates,
            outputFolder,
            verbose,
            framework,
        };
        command.SetAction(
            async (parse, cancel) =>
            {
                if (
                    CommonOptions.FoldersRefused(
                        parse.GetValue(content)!,
                        parse.GetValue(outputFolder),
                        "watch",
                        error,
                        parse.GetValue(templates)
                    )
                )
                    return ExitCodes.UsageError;
                if (CommonOptions.UnknownFramework(parse.GetValue(content)!, parse.GetValue(framework), "watch", error))
                    return ExitCodes.UsageError;
                var folder = CommonOptions.ChooseTemplates(
                    parse.GetValue(templates),
                    parse.GetValue(content)!,
                    output,
                    verbose: false
                );
                var options = new BuildOptions(parse.GetValue(content)!, folder, parse.GetValue(outputFolder)!)
                {
                    Framework = parse.GetValue(framework),
                };
                output.WriteLine(
                    BuiltInTemplates.Holds(folder)
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
