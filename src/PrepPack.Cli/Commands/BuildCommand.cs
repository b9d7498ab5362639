using System.CommandLine;
using PrepPack.Build;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack build</c>: checks the story bank and writes the printable pack.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var outputFolder = CommonOptions.Output();
        var force = new Option<bool>("--force", "-f") { Description = "Make every output again, even those that are up to date." };
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build the prep pack: story cards, matrix, 'tell me about yourself', cheat sheet, binder and Word one-pagers.")
        {
            content, templates, outputFolder, force, verbose,
        };
        command.SetAction(parse =>
        {
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(outputFolder)!, parse.GetValue(force));
            var report = Progress.While(output, "Building the pack…", () => PackBuilder.Build(options));
            BuildPrinter.Print(output, report, parse.GetValue(verbose));
            return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
