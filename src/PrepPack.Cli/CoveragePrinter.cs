using PrepPack.Content.Model;
using PrepPack.Coverage;

namespace PrepPack.Cli;

/// <summary>Prints coverage: a summary per framework at the end of check, and the full table for the coverage
/// command.</summary>
internal static class CoveragePrinter
{
    /// <summary>For each framework, the counts, then a line per thin or gap principle saying what to add.</summary>
    public static void PrintSummary(TextWriter output, StoryBank? bank)
    {
        if (bank is null || bank.Frameworks.Count == 0)
            return;
        foreach (var framework in BankCoverage.Of(bank).Frameworks)
        {
            output.WriteLine(framework.Summary);
            foreach (var principle in framework.Principles.Where(p => p.Status != CoverageStatus.Strong))
                output.WriteLine(Line(principle));
        }
    }

    /// <summary>"  thin  Think Big — only one story: add a backup.": a principle not strong, as <c>check</c> prints
    /// it.</summary>
    public static string Line(PrincipleCoverage principle) =>
        $"  {principle.StatusWord, -4}  {principle.Principle.Name} — {principle.Reason}.";

    /// <summary>A table per framework: principle, status, primary, backup and the reason.</summary>
    public static void PrintTable(TextWriter output, FrameworkCoverage framework)
    {
        var rows = framework
            .Principles.Select(p =>
                new[] { p.Principle.Name, p.StatusWord, Story(p.Primary), Story(p.Backup), p.Reason ?? "" }
            )
            .Prepend(["Principle", "Status", "Primary", "Backup", "Reason"])
            .ToList();
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToList();

        output.WriteLine($"{Title(framework)} (a story carries at most {framework.MaxPerStory} principles)");
        foreach (var row in rows)
            output.WriteLine(
                string.Join("  ", row.Select((cell, i) => i < 4 ? cell.PadRight(widths[i]) : cell)).TrimEnd()
            );
        foreach (var overused in framework.Overused)
            output.WriteLine(
                $"'{overused.Story.Id}' is told for {overused.Principles.Count} principles, more than the "
                    + $"{overused.Max} one story may carry: "
                    + $"{string.Join(", ", overused.Principles.Select(p => p.Name))}."
            );
        output.WriteLine($"{framework.Counts}. * picked by PrepPack: the framework file names no story there.");
    }

    private static string Title(FrameworkCoverage framework) =>
        $"{framework.Framework.Company}: {framework.Framework.Name}";

    private static string Story(StoryPick? pick) =>
        pick switch
        {
            null => "—",
            { IsWeak: true } => pick.Story.Id + " (weak)",
            { Picked: true } => pick.Story.Id + " *",
            _ => pick.Story.Id,
        };
}
