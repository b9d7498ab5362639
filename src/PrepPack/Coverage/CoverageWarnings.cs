using PrepPack.Diagnostics;

namespace PrepPack.Coverage;

/// <summary>What coverage warns about in the framework file, where the candidate chooses stories.</summary>
internal static class CoverageWarnings
{
    public static IEnumerable<Diagnostic> Of(FrameworkCoverage coverage)
    {
        var framework = coverage.Framework;
        foreach (var principle in coverage.Principles)
        foreach (var (place, pick) in new[] { ("primary", principle.Primary), ("backup", principle.Backup) })
        {
            if (pick is not { Named: true, Shows: false, At: { } at })
                continue;
            yield return Diagnostic.Warning(
                at,
                DiagnosticCodes.ChosenStoryDoesNotShowPrinciple,
                $"The {place} story of '{principle.Principle.Id}' is '{pick.Story.Id}', but that story does not list "
                    + $"'{principle.Principle.Id}'.",
                $"Did you mean to tag it? Add '{principle.Principle.Id}' under 'principles: {framework.Id}:' in "
                    + $"stories/{Path.GetFileName(pick.Story.File)}, or choose another story."
            );
        }

        foreach (var overused in coverage.Overused)
        {
            // At the first place the file names the story, where a change helps most; picks have no line.
            var at = coverage
                .Principles.SelectMany(p => p.Picks)
                .FirstOrDefault(p => p.Story == overused.Story && p.At is not null)
                ?.At
                ?? SourceLocation.StartOf(framework.File);
            yield return Diagnostic.Warning(
                at,
                DiagnosticCodes.StoryOverused,
                $"'{overused.Story.Id}' is told for {overused.Principles.Count} principles of {framework.Company} "
                    + $"({string.Join(", ", overused.Principles.Select(p => p.Name))}), more than the {overused.Max} "
                    + "one story may carry.",
                "Name other stories for some of them, add these principles to other stories, or raise "
                    + "'max_principles_per_story'."
            );
        }
    }
}
