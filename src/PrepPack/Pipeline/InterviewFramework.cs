using PrepPack.Content;
using PrepPack.Content.Model;
using PrepPack.Content.Yaml;
using PrepPack.Diagnostics;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Pipeline;

/// <summary>
/// Which framework the interview at hand is for, and so which principles the cheat sheet shows:
/// <c>--framework</c>, else the theme's <c>interview: framework:</c>, else the bank's only framework.
/// With several and none chosen it is none: any one would be a guess, so the build makes a cheat
/// sheet for each (<see cref="BuildTargets"/>). An id the bank does not have is reported where it
/// was written, unless PrepPack's own theme wrote it.
/// </summary>
public static class InterviewFramework
{
    /// <summary>The chosen framework's id, or null for none.</summary>
    /// <param name="option">The <c>--framework</c> id; the command line checks it first (<see cref="Unknown"/>), so an
    /// unknown one here is an error.</param>
    public static string? Choose(
        StoryBank bank,
        Theme theme,
        string? option,
        string frameworksFolder,
        DiagnosticBag diagnostics
    )
    {
        var ids = bank.Frameworks.Select(f => f.Id).ToList();
        var fromTheme = theme.Interview.Framework;
        // PrepPack's built-in theme names the sample's framework. A bank without it did not choose it
        // and cannot edit that theme, so the theme stands aside for it, as if it named none.
        if (
            fromTheme is not null
            && !ids.Contains(fromTheme)
            && BuiltInTemplates.Holds(theme.Interview.FrameworkAt.File)
        )
            fromTheme = null;
        var themeKnown = fromTheme is not null && ids.Contains(fromTheme);
        if (fromTheme is not null && !themeKnown)
            diagnostics.Warning(
                theme.Interview.FrameworkAt,
                DiagnosticCodes.UnknownInterviewFramework,
                $"The theme's interview framework '{fromTheme}' is not in {frameworksFolder}, so "
                    + (
                        ids.Count > 1
                            ? "a cheat sheet is made for each framework."
                            : "the cheat sheet shows no principles."
                    ),
                Hint(fromTheme, ids, "in 'interview: framework:'")
            );
        if (option is not null)
        {
            if (ids.Contains(option))
                return option;
            diagnostics.Error(
                SourceLocation.WholeOf(frameworksFolder),
                DiagnosticCodes.UnknownInterviewFramework,
                $"There is no framework '{option}' for --framework.",
                Hint(option, ids, "after --framework")
            );
            return null;
        }
        if (fromTheme is not null)
            return themeKnown ? fromTheme : null;
        return ids.Count == 1 ? ids[0] : null;
    }

    /// <summary>What is wrong with a <c>--framework</c> id before anything is built, or null when the
    /// content folder has that framework. Ids are file names, so the files are enough to tell.</summary>
    public static string? Unknown(string contentFolder, string id)
    {
        var ids = new ContentFolder(contentFolder)
            .FrameworkFiles.Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToList();
        return ids.Contains(id) ? null : $"there is no framework '{id}'. {Hint(id, ids, "after --framework")}";
    }

    private static string Hint(string id, IReadOnlyList<string> ids, string where) =>
        DidYouMean.Closest(id, ids) is { } closest ? $"Did you mean '{closest}'?"
        : ids.Count == 0 ? "The story bank has no frameworks: add one to frameworks/, such as frameworks/amazon.yaml."
        : ids.Count == 1 ? $"Write '{ids[0]}' {where}, the bank's only framework."
        : $"Write one of {string.Join(", ", ids.Select(i => $"'{i}'"))} {where}.";
}
