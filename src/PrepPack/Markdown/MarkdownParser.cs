using Markdig;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>The one Markdig pipeline both writers read: pipe tables, ::: containers, {.class #id} attributes, emphasis extras.</summary>
public static class MarkdownParser
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        // Attributes go last, as Markdig asks, so they attach to what the other extensions made.
        .UseGenericAttributes()
        .Build();

    public static MarkdownDocument Parse(string body) => Markdig.Markdown.Parse(body, Pipeline);
}
