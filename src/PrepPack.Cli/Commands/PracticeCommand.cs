using System.CommandLine;
using PrepPack.Content;
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
            Description = "Practise only the questions asked for this framework (its file name in frameworks/, such as 'meta').",
            HelpName = "ID",
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "Start the random choice of questions from this number, so the same log gives the same questions (for scripts and tests).",
            HelpName = "N",
        };
        var command = new Command("practice",
            "Practise aloud: a question at a time (those practised least, longest ago or on thin ground come up most), timed until Enter "
            + "against two minutes, then its cues and your 1-5 scores for clarity, metrics and reflection, kept in practice/log.yaml.")
        {
            content, framework, seed,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var folder = parse.GetValue(content)!;
            var id = parse.GetValue(framework);
            if (CommonOptions.UnknownFramework(folder, id, "practice", error)) return ExitCodes.UsageError;
            var load = StoryBankLoader.Load(folder);
            if (load.Bank is not { } bank)
            {
                DiagnosticPrinter.Print(output, load.Diagnostics);
                DiagnosticPrinter.PrintSummary(output, load.Diagnostics, $"{load.Files.Count} files");
                return ExitCodes.ContentErrors;
            }
            var questions = bank.Questions.Where(q => id is null || q.AskedFor(id)).ToList();
            if (questions.Count == 0)
            {
                var company = bank.Frameworks.FirstOrDefault(f => f.Id == id)?.Company;
                output.WriteLine(company is null
                    ? $"There are no questions to practise: add one to {Path.Combine(folder, "questions")}, such as questions/biggest-impact.yaml."
                    : $"No question is asked for {company} yet: add one to {Path.Combine(folder, "questions")} with '{id}:' under its 'principles:'.");
                return ExitCodes.ContentErrors;
            }

            // Before the first question: an answer scored for a log that cannot take it would only be kept aside.
            var log = PracticeLogWriter.Check(bank.Practice.File);
            DiagnosticPrinter.Print(output, log);
            if (log.Any(d => d.IsError)) return ExitCodes.ContentErrors;

            var random = parse.GetValue(seed) is { } n ? new Random(n) : new Random();
            var drill = new PracticeDrill(bank, questions, new PracticeTerminal(console.Input, output, console.Interactive), console.Clock, random);
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
                output.WriteLine(drill.KeptAside == 0
                    ? $"Stopped. The log keeps every answer scored: {drill.Logged} added this session."
                    : $"Stopped. {drill.Logged} added to the log this session, {drill.KeptAside} kept aside as said above.");
                return drill.KeptAside > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
            }
            catch (PracticeInputException e)
            {
                error.WriteLine($"preppack practice: {e.Message}");
                error.WriteLine("With input redirected, give one line to stop the timer for each question, then the three scores, one a line.");
                return ExitCodes.UsageError;
            }
            finally
            {
                Console.CancelKeyPress -= ctrlC;
            }
        });
        return command;
    }
}
