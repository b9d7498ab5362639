using PrepPack.Diagnostics;
using PrepPack.Markdown;

namespace PrepPack.Templates;

/// <summary>What a template made: its settings, its Markdown, the partials it included, and any problems.</summary>
/// <param name="Markdown">The document as kept for the user: front matter, then the body.</param>
/// <param name="Body">The body alone, after as many blank lines as the front matter takes, so its line numbers are
/// those of <paramref name="Markdown"/>.</param>
public sealed record RenderedTemplate(
    FrontMatter? Settings,
    string? Markdown,
    string? Body,
    IReadOnlyList<string> Partials,
    IReadOnlyList<Diagnostic> Diagnostics
)
{
    public bool Succeeded => Markdown is not null;

    /// <summary>Which template line wrote each line of <paramref name="Body"/>.</summary>
    public TemplateLines Lines { get; init; } = TemplateLines.None;
}
