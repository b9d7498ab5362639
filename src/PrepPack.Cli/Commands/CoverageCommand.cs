using System.CommandLine;
using PrepPack.Content;
using PrepPack.Coverage;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack coverage</c>: the story to tell for each principle, and where the bank is thin.</summary>
internal static class CoverageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var content = CommonOptions.Content();
        var framework = new Option<string?>("--framework")
        {
            Description = "Show only this framework (its file name in frameworks/, such as 'amazon').",
            HelpName = "ID",
        };
        var command = new Command(
            "coverage",
            "Show, for each principle, the primary and backup story, whether it is strong, thin or a gap, and what to "
                + "add."
        )
        {
            content,
            framework,
        };
        command.SetAction(parse =>
        {
            if (CommonOptions.FoldersRefused(parse.GetValue(content)!, null, "coverage", error))
                return ExitCodes.UsageError;
            var result = CheckedBank.Load(parse.GetValue(content)!);
            if (result.Bank is null)
            {
                DiagnosticPrinter.Print(output, result.Diagnostics);
                DiagnosticPrinter.PrintSummary(output, result.Diagnostics, $"{result.Files.Count} files");
                return ExitCodes.ContentErrors;
            }

            var coverage = BankCoverage.Of(result.Bank);
            var id = parse.GetValue(framework);
            var shown =
                id is null ? coverage.Frameworks
                : coverage.Find(id) is { } one ? [one]
                : null;
            if (shown is null)
            {
                var hint = coverage.Closest(id!) is { } closest
                    ? $"Did you mean '{closest}'?"
                    : $"The frameworks are: {string.Join(", ", coverage.Frameworks.Select(f => f.Framework.Id))}.";
                return UsageError.Report(error, "coverage", $"there is no framework '{id}'. {hint}");
            }
            if (shown.Count == 0)
                output.WriteLine("There are no frameworks: add one to frameworks/, such as frameworks/amazon.yaml.");
            foreach (var (each, i) in shown.Select((f, i) => (f, i)))
            {
                if (i > 0)
                    output.WriteLine();
                CoveragePrinter.PrintTable(output, each);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
