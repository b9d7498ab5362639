using PrepPack.Diagnostics;
using PrepPack.Templates.Model;

namespace PrepPack.Pipeline;

/// <summary>
/// A warning for each one-page list the template cut short, naming the output and how many stories
/// it left out, at the line of the template that asked for the list.
/// </summary>
internal static class LeftOutWarnings
{
    public static IEnumerable<Diagnostic> For(PackModel model, string template, string output) =>
        Principles(model, output).Concat(Stories(model, template, output));

    /// <summary>At the framework's file, the one the user edits: the page keeps the principles written first.</summary>
    private static IEnumerable<Diagnostic> Principles(PackModel model, string output) =>
        model
            .PrinciplesCut()
            .Select(cut =>
                Diagnostic.Warning(
                    SourceLocation.WholeOf(cut.File),
                    DiagnosticCodes.PrinciplesLeftOut,
                    $"{output} has room for {cut.Shown} principles, and this framework has {cut.Shown + cut.LeftOut}: "
                        + $"the last {cut.LeftOut} are left out of its cheat sheet, "
                        + "and only the binder's framework pages show them.",
                    $"Keep the principles this interview asks about first in {Path.GetFileName(cut.File)}, or "
                        + $"{cut.Shown} or fewer in it, as a framework of its own; "
                        + "or build the pack for another framework with 'preppack build --framework ID'."
                )
            );

    private static IEnumerable<Diagnostic> Stories(PackModel model, string template, string output) =>
        model
            .LeftOut()
            .Select(list =>
                Diagnostic.Warning(
                    At(template, list.Name),
                    DiagnosticCodes.StoriesLeftOut,
                    $"{output} has room for {list.Shown} of the {list.Shown + list.LeftOut} stories: {list.LeftOut} "
                        + $"{(list.LeftOut == 1 ? "is" : "are")} left out, and only the binder shows them.",
                    $"The flagship and the stories chosen for a principle or a theme are kept first. To show more, "
                        + $"raise '{list.Name}' under 'one_page:' in templates/theme.yaml; the type gets smaller."
                )
            );

    // The first line that names the list, or the cheat sheet pages that hold it; a partial's, or a
    // template that cannot be read, points at the top.
    private static SourceLocation At(string template, string name)
    {
        try
        {
            var lines = File.ReadAllLines(template);
            foreach (
                var each in name.StartsWith("cheatsheet", StringComparison.Ordinal)
                    ? [name, "cheat_sheets"]
                    : new[] { name }
            )
                for (var i = 0; i < lines.Length; i++)
                    if (lines[i].IndexOf(each, StringComparison.Ordinal) is var column and >= 0)
                        return new SourceLocation(template, i + 1, column + 1);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return SourceLocation.StartOf(template);
    }
}
