using PrepPack.Diagnostics;

namespace PrepPack.Templates;

/// <summary>The Markdown a template produced, the partials it included, and any problems.</summary>
public sealed record RenderedTemplate(string? Markdown, IReadOnlyList<string> Partials, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Markdown is not null;
}
