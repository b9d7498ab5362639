using System.CommandLine;
using PrepPack.Content;
using PrepPack.Coverage;
using PrepPack.Practice;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack practice</c>: a timed drill on the questions, scored and kept in the practice log.</summary>
internal static class PracticeCommand
{
    public static Command Create(TextWriter output, TextWriter error, PracticeConsole console)
    {
        var content = CommonOptions.Content();
        var framework = new Option<string?>("--framework")
        {
            Description =
                "Practise only the questions asked for this framework (its file name in frameworks/, such as 'meta').",
            HelpName = "ID",
        };
        var seed = new Option<int?>("--seed")
        {
            Description =
                "Start the random choice of questions from this number, so the same log gives the same questions (for "
                + "scripts and tests).",
            HelpName = "N",
        };
        var command = new Command(
            "practice",
            "Practise aloud: a question at a time (those practised least, longest ago or on thin ground come up "
                + "most), timed until Enter "
                + "against two minutes, then its cues and your 1-5 scores for clarity, metrics and reflection, kept "
                + "in practice/log.yaml."
        )
        {
            content,
            framework,
            seed,
        };
        command.SetAction(
            async (parse, cancel) =>
            {
                var folder = parse.GetValue(content)!;
                var id = parse.GetValue(framework);
                if (CommonOptions.UnknownFramework(folder, id, "practice", error))
                    return ExitCodes.UsageError;
                var load = CheckedBank.Load(folder);
                if (load.Bank is not { } bank)
                {
                    DiagnosticPrinter.Print(output, load.Diagnostics);
                    DiagnosticPrinter.PrintSummary(output, load.Diagnostics, $"{load.Files.Count} files");
                    return ExitCodes.ContentErrors;
                }
                var questions = bank.Questions.Where(q => id is null || q.AskedFor(id)).ToList();
                var company = bank.Frameworks.FirstOrDefault(f => f.Id == id)?.Company;
                var where = Path.Combine(folder, "questions");
                // No question file of its own (a new bank): the practice questions the frameworks list, so there is
                // something to practise at once.
                var ofFrameworks = questions.Count == 0;
                if (ofFrameworks)
                    questions = [.. FrameworkQuestions.Of(bank, id)];
                var uncovered = ofFrameworks ? FrameworkQuestions.Uncovered(bank, id) : 0;
                if (questions.Count == 0)
                {
                    output.WriteLine(
                        company is null
                            ? $"There are no questions to practise: add one to {where}, such as "
                                + "questions/biggest-impact.yaml."
                            : $"No question is asked for {company} yet: add one to {where} with '{id}:' under its "
                                + "'principles:'."
                    );
                    if (uncovered > 0)
                        output.WriteLine(
                            $"The frameworks list {Count(uncovered, "practice question")}, but no story shows the "
                                + "principle of any of them yet: "
                                + "add the principle to a story's 'principles:'."
                        );
                    return ExitCodes.ContentErrors;
                }
                if (ofFrameworks)
                {
                    var frameworks = string.Join(
                        " and ",
                        bank.Frameworks.Where(f => id is null || f.Id == id).Select(f => f.Company)
                    );
                    output.WriteLine(
                        $"{where} holds no question{(company is null ? "" : $" asked for {company}")} yet, so these "
                            + "are the practice questions of "
                            + $"{frameworks}'s principles, each with the story that covers its principle; answers are "
                            + "logged against the story. "
                            + "Add question files to choose the story and the angle yourself."
                            + (
                                uncovered > 0
                                    ? $" {Count(uncovered, "more question")} {(uncovered == 1 ? "waits" : "wait")} "
                                        + $"for a story that shows {(uncovered == 1 ? "its" : "their")} principle."
                                    : ""
                            )
                    );
                }

                // Before the first question: an answer scored for a log that cannot take it would only be kept aside.
                var log = PracticeLogWriter.Check(bank.Practice.File);
                DiagnosticPrinter.Print(output, log);
                if (log.Any(d => d.IsError))
                    return ExitCodes.ContentErrors;

                var random = parse.GetValue(seed) is { } n ? new Random(n) : new Random();
                var drill = new PracticeDrill(
                    bank,
                    questions,
                    new PracticeTerminal(console.Input, output, console.Interactive),
                    console.Clock,
                    random,
                    ofFrameworks
                );
                // Ctrl+C is how a drill ends: caught here, it stops the wait for the answer and says what was kept.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                ConsoleCancelEventHandler ctrlC = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += ctrlC;
                try
                {
                    await drill.Run(stop.Token);
                    return drill.KeptAside > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    output.WriteLine();
                    output.WriteLine(
                        drill.KeptAside == 0
                            ? $"Stopped. The log keeps every answer scored: {drill.Logged} added this session."
                            : $"Stopped. {drill.Logged} added to the log this session, {drill.KeptAside} kept aside "
                                + "as said above."
                    );
                    return drill.KeptAside > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
                }
                catch (PracticeInputException e)
                {
                    return UsageError.Report(
                        error,
                        "practice",
                        e.Message,
                        "With input redirected, give one line to stop the timer for each question, then the three "
                            + "scores, one a line."
                    );
                }
                finally
                {
                    Console.CancelKeyPress -= ctrlC;
                }
            }
        );
        return command;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
