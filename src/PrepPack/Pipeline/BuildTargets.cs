using PrepPack.Content.Model;
using PrepPack.Markdown;
using PrepPack.Templates;

namespace PrepPack.Pipeline;

/// <summary>
/// Expands templates into targets: one each, or one per framework or story for <c>for_each</c>.
/// <c>for_each: interview</c> (the cheat sheet) is one target for the interview at hand, or, with
/// several frameworks and none chosen, one per framework: never one that shows no framework's principles.
/// </summary>
internal static class BuildTargets
{
    /// <param name="interview">The framework of the interview at hand, as <see cref="InterviewFramework.Choose"/> chose
    /// it, or null.</param>
    public static IReadOnlyList<BuildTarget> For(
        IEnumerable<string> templates,
        StoryBank bank,
        Content.IFileSource files,
        string? interview
    )
    {
        var targets = new List<BuildTarget>();
        foreach (var path in templates)
        {
            // Read before the template runs, because its front matter decides how many times it runs.
            var template = TemplateFile.Read(path, files);
            var settings = template.Settings;
            // A template whose front matter cannot be read still has its target, to fail with the reasons and
            // leave its last good outputs in place.
            if (template.HasErrors)
            {
                targets.Add(new BuildTarget(template, ForEach.None, "", null));
                continue;
            }
            targets.AddRange(
                settings.ForEach switch
                {
                    ForEach.Framework => bank.Frameworks.Select(f => new BuildTarget(
                        template,
                        ForEach.Framework,
                        f.Id,
                        null
                    )),
                    ForEach.Story => bank.Stories.Select(s => new BuildTarget(template, ForEach.Story, s.Id, null)),
                    ForEach.Interview when interview is null && bank.Frameworks.Count > 1 => bank.Frameworks.Select(
                        f => new BuildTarget(template, ForEach.Interview, f.Id, null)
                    ),
                    ForEach.Interview => [new BuildTarget(template, ForEach.Interview, "", null)],
                    _ => [new BuildTarget(template, ForEach.None, "", settings.ChangedOutput)],
                }
            );
        }
        return targets;
    }
}
