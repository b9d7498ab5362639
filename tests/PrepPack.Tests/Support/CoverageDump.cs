using System.Text;
using PrepPack.Coverage;

namespace PrepPack.Tests.Support;

/// <summary>Coverage as plain text for golden files: each principle's stories, named or picked, its status and why;
/// then what each story carries.</summary>
internal static class CoverageDump
{
    public static string Write(BankCoverage coverage)
    {
        var text = new StringBuilder();
        foreach (var framework in coverage.Frameworks)
        {
            text.Append($"{framework.Framework.Id}: at most {framework.MaxPerStory} principles a story\n");
            foreach (var principle in framework.Principles)
            {
                text.Append(
                    $"  {principle.Principle.Id}{(principle.Principle.NeedsFailure ? " (needs failure)" : "")}: "
                        + $"{principle.StatusWord}\n"
                );
                text.Append($"    primary: {Pick(principle.Primary)}\n");
                text.Append($"    backup: {Pick(principle.Backup)}\n");
                foreach (var reason in principle.Reasons)
                    text.Append($"    why: {reason}\n");
            }
            var carried = framework
                .Principles.SelectMany(p => p.Picks.Select(s => s.Story.Id).Distinct())
                .GroupBy(id => id)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                    $"{g.Key} {g.Count()}{(framework.Overused.Any(o => o.Story.Id == g.Key) ? " (over)" : "")}"
                );
            text.Append($"  carried: {string.Join(", ", carried)}\n\n");
        }
        return text.ToString();
    }

    private static string Pick(StoryPick? pick) =>
        pick is null
            ? "none"
            : $"{pick.Story.Id}, "
                + (pick.Named ? "named" : "picked")
                + (pick.Story.IsFailure ? ", failure" : "")
                + (pick.Shows ? "" : ", does not list it")
                + (pick.IsWeak ? $", weak: {pick.Weak}" : "");
}
