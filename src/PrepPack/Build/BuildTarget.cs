namespace PrepPack.Build;

/// <summary>
/// One rendering of one template. A template with <c>for_each: framework</c> in its front matter
/// has a target per framework, each seeing its own <c>framework</c>.
/// </summary>
internal sealed record BuildTarget(string Template, string Key, IReadOnlyDictionary<string, object?> Globals)
{
    /// <summary>The name of the Markdown kept for inspection: "cards", or "star-onepager-amazon".</summary>
    public string Name => Key.Length == 0 ? Path.GetFileNameWithoutExtension(Template) : $"{Path.GetFileNameWithoutExtension(Template)}-{Key}";
}
