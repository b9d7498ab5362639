using System.CommandLine;
using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Coverage;
using PrepPack.Diagnostics;
using PrepPack.Export;
using PrepPack.Export.Anki;
using PrepPack.Incremental;
using PrepPack.IO;
using PrepPack.Pipeline;
using PrepPack.Templates;

namespace PrepPack.Cli.Commands;

/// <summary><c>preppack export anki|csv</c>: the stories as flashcards, one per story, for Anki or any other
/// app.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        return new Command(
            "export",
            "Write your stories as flashcards: the title and the questions each answers on the front, its five-bullet "
                + "card on the back."
        )
        {
            Format(
                output,
                error,
                "anki",
                "output/preppack.apkg",
                "An Anki deck (.apkg), one note per story; importing a newer export updates the notes instead of "
                    + "adding copies.",
                (cards, bank) => AnkiPackage.Write(cards, $"{bank.Profile.Name}'s interview stories, from PrepPack."),
                (file, cards) =>
                    $"Wrote {file}: {Notes(cards.Count)} in the deck '{AnkiPackage.DeckName}'. In Anki: File > "
                    + "Import; importing a later export updates these notes."
            ),
            Format(
                output,
                error,
                "csv",
                "output/preppack.csv",
                "A CSV file (UTF-8, a header row 'front,back', then a row per story) for other flashcard apps.",
                (cards, _) => FlashcardCsv.Write(cards),
                (file, cards) => $"Wrote {file}: a header row and {Rows(cards.Count)}, columns front and back."
            ),
        };
    }

    private static Command Format(
        TextWriter output,
        TextWriter error,
        string name,
        string defaultFile,
        string description,
        Func<IReadOnlyList<Flashcard>, StoryBank, byte[]> write,
        Func<string, IReadOnlyList<Flashcard>, string> wrote
    )
    {
        var content = CommonOptions.Content();
        var file = new Option<string>("--out", "-o")
        {
            Description = $"The file to write (default {defaultFile}); its folder is made if need be.",
            DefaultValueFactory = _ => defaultFile,
            HelpName = "FILE",
        };
        file.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(value))
                result.AddError("--out needs the name of a file, but it was given an empty one.");
            else if (Directory.Exists(value))
                result.AddError(
                    $"--out names '{value}', which is a folder; it must name a file, such as "
                        + $"{Path.Combine(value, Path.GetFileName(defaultFile))}."
                );
            // The export puts a new file in place of the old: in a system folder that would replace a device.
            else if (InSystemFolder(value))
                result.AddError(
                    $"--out names '{value}', in a folder of the system's devices and processes, not a file; name a "
                        + $"file such as {Path.GetFileName(defaultFile)}."
                );
        });
        var command = new Command(name, description) { content, file };
        command.SetAction(parse =>
        {
            if (BuildEnvironment.Problem(jobs: false) is { } unread)
                return UsageError.Report(error, $"export {name}", unread);
            if (AmongSources(parse.GetValue(file)!, parse.GetValue(content)!) is { } problem)
                return UsageError.Report(error, $"export {name}", $"{problem} Write it such as '--out {defaultFile}'.");
            var load = CheckedBank.Load(parse.GetValue(content)!);
            if (load.Bank is not { } bank)
            {
                DiagnosticPrinter.Print(output, load.Diagnostics, errorsOnly: true);
                DiagnosticPrinter.PrintSummary(
                    output,
                    load.Diagnostics,
                    $"{load.Files.Count} files; nothing was written",
                    quiet: true
                );
                return ExitCodes.ContentErrors;
            }
            var cards = Flashcards.Of(bank, SourceDateEpoch.FromEnvironment());
            var path = parse.GetValue(file)!;
            var problems = new DiagnosticBag();
            if (!ExportFile.Write(path, write(cards, bank), problems))
            {
                DiagnosticPrinter.Print(output, problems.Sorted());
                return ExitCodes.ContentErrors;
            }
            output.WriteLine(wrote(path, cards));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>An export named inside the content folder or the templates folder would write over, or among, the
    /// files the user edits: what to say, or null when it is elsewhere.</summary>
    private static string? AmongSources(string file, string content)
    {
        var real = FolderNesting.Real(file);
        if (FolderNesting.Within(real, FolderNesting.Real(content)))
            return $"--out names '{file}', inside the content folder '{content}': an export is never written among "
                + "your stories.";
        var templates = TemplateLookup.Find(null, content).Folder;
        return !BuiltInTemplates.Holds(templates) && FolderNesting.Within(real, FolderNesting.Real(templates))
            ? $"--out names '{file}', inside the templates folder '{templates}': an export is never written among "
                + "your templates."
            : null;
    }

    private static string Notes(int n) => n == 1 ? "1 note" : $"{n} notes";

    private static string Rows(int n) => n == 1 ? "1 row" : $"{n} rows";

    /// <summary>Whether the path is in a Unix folder of devices and process files (/dev, /proc, /sys), where an export
    /// would replace a device such as /dev/null with a file.</summary>
    private static bool InSystemFolder(string path)
    {
        if (OperatingSystem.IsWindows())
            return false;
        var full = Path.GetFullPath(path);
        return new[] { "/dev/", "/proc/", "/sys/" }.Any(f => full.StartsWith(f, StringComparison.Ordinal));
    }
}
