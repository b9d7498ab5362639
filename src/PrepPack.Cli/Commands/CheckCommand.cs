using System.CommandLine;
using PrepPack.Content;
using PrepPack.Coverage;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack check</c>: reads the story bank and reports every problem in it.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var quiet = CommonOptions.Quiet();
        var format = CommonOptions.Format();
        var command = new Command("check", "Check your story bank and list every problem with its file, line and fix.")
        {
            content,
            quiet,
            format,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.FoldersRefused(parse.GetValue(content)!, null, "check", error))
                return ExitCodes.UsageError;
            var result = CheckedBank.Load(parse.GetValue(content)!);
            if (parse.GetValue(format) == ReportFormat.Json)
                JsonReport.Check(output, result.Diagnostics, result.Files.Count, result.Bank);
            else if (parse.GetValue(quiet))
            {
                DiagnosticPrinter.Print(output, result.Diagnostics, errorsOnly: true);
                DiagnosticPrinter.PrintSummary(output, result.Diagnostics, $"{result.Files.Count} files", quiet: true);
            }
            else
            {
                DiagnosticPrinter.Print(output, result.Diagnostics);
                // What to add for each framework and how ready the bank is, then the count of problems, last, as build
                // tools end.
                CoveragePrinter.PrintSummary(output, result.Bank);
                ReadinessPrinter.Print(output, result);
                DiagnosticPrinter.PrintSummary(output, result.Diagnostics, $"{result.Files.Count} files");
            }
            return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
        });
        return command;
    }
}
