using PrepPack.Markdown;
using PrepPack.Templates;

namespace PrepPack.Pipeline;

/// <summary>
/// One rendering of one template. A template with <c>for_each: framework</c> in its front matter
/// has a target per framework, each seeing its own <c>framework</c>; one with <c>for_each: interview</c>
/// has one for the interview at hand, or one per framework (the key) when several and none is chosen.
/// </summary>
/// <param name="Source">The template, read once for all its targets.</param>
/// <param name="Key">The framework's or story's id, or empty for a template that renders once.</param>
/// <param name="ChangedOutput">From <c>changed_output:</c>: also make this file from the stories that changed.</param>
internal sealed record BuildTarget(TemplateFile Source, ForEach ForEach, string Key, string? ChangedOutput)
{
    public string Template => Source.Path;

    /// <summary>The framework the target is made for as the interview at hand, for <c>for_each: interview</c> targets
    /// made per framework; else null.</summary>
    public string? Interview => ForEach == ForEach.Interview && Key.Length > 0 ? Key : null;

    /// <summary>The target's name in the manifest and for its Markdown: "cards", or "star-onepager-amazon".</summary>
    public string Name =>
        Key.Length == 0
            ? Path.GetFileNameWithoutExtension(Template)
            : $"{Path.GetFileNameWithoutExtension(Template)}-{Key}";
}
