using System.CommandLine;
using PrepPack.Diagnostics;
using PrepPack.Pipeline;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack printed</c>: says the cards are on paper, so cards-changed.pdf starts again from
/// none.</summary>
internal static class PrintedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var names = new Argument<string[]>("OUTPUT")
        {
            Description =
                "What you printed, as build --only names it (cards, cards.pdf); left out, every output that has a "
                + "changed-cards file.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        names.Validators.Add(result =>
        {
            // An empty word is not "every output": said, rather than marked as if nothing was named.
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
                result.AddError(
                    "OUTPUT was given an empty name; name what you printed, such as 'preppack printed cards', or "
                        + "leave it out for every output."
                );
        });
        var outputFolder = CommonOptions.Output();
        var command = new Command(
            "printed",
            "Say you printed the cards the last build made: cards-changed.pdf is removed, and from then on holds "
                + "every card you change until you next say so."
        )
        {
            names,
            outputFolder,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(names) ?? [];
            var diagnostics = new DiagnosticBag();
            var report = PrintedMark.Mark(parse.GetValue(outputFolder)!, given, diagnostics);
            if (report.Unknown.Count > 0)
                return UsageError.Report(
                    error,
                    "printed",
                    report.Unknown.Select(u =>
                        $"there is no output '{u.Name}'."
                        + (u.Suggestion is { } closest ? $" Did you mean '{closest}'?" : "")
                    ),
                    $"The outputs are: {string.Join(", ", report.Known)}. Nothing was marked."
                );
            DiagnosticPrinter.Print(output, diagnostics.Sorted());
            if (diagnostics.HasErrors)
                return ExitCodes.ContentErrors;
            foreach (var marked in report.Marked)
                output.WriteLine(
                    marked.Removed
                        ? $"Marked {marked.Output} as printed, as the last build made it; {marked.Changed} is removed."
                        : $"Marked {marked.Output} as printed, as the last build made it; no card had changed since "
                            + "the last print."
                );
            foreach (var other in report.Untracked)
                output.WriteLine($"{other} keeps no file of changed pages, so there is nothing to mark for it.");
            if (report.Marked.Count > 0)
                output.WriteLine(
                    $"From now on, {string.Join(" and ", report.Marked.Select(m => m.Changed))} holds the cards of "
                        + "every story you change, build after build, until you next run 'preppack printed'."
                );
            else if (report.Untracked.Count == 0)
                output.WriteLine(
                    "No output of this pack keeps a file of changed cards (a template's 'changed_output:'), so there "
                        + "is nothing to mark."
                );
            return ExitCodes.Success;
        });
        return command;
    }
}
