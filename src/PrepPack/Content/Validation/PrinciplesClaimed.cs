using PrepPack.Content.Model;
using PrepPack.Diagnostics;

namespace PrepPack.Content.Validation;

/// <summary>
/// PP0269: a story that lists more principles of one framework than one answer can show. A two-minute story
/// shows two or three principles well; listed under six, most are claims the story does not show, and each
/// one lets coverage count the principle as covered and sends the interviewer probing for it.
/// </summary>
internal static class PrinciplesClaimed
{
    /// <summary>More principles of one framework than this, unless the framework allows a story more.</summary>
    public const int Most = 4;

    public static void Run(IReadOnlyList<Story> stories, IReadOnlyList<Framework> frameworks, DiagnosticBag diagnostics)
    {
        foreach (var story in stories)
        foreach (var link in story.Principles)
        {
            var framework = frameworks.FirstOrDefault(f => f.Id == link.Framework.Id);
            var most = Math.Max(Most, framework?.MaxPrinciplesPerStory ?? 0);
            var listed = link.Principles.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
            if (listed <= most || link.Principles.Count == 0)
                continue;
            var company = framework?.Company ?? link.Framework.Id;
            diagnostics.Warning(
                link.Principles[most].At,
                DiagnosticCodes.PrinciplesClaimed,
                $"The story lists {listed} of {company}'s principles; one answer shows two or three, so coverage "
                    + $"counts principles as covered that the story does not show, and the interviewer probes each.",
                $"Keep the {most} or fewer the story's actions and result show, and tell another story for the rest."
            );
        }
    }
}
