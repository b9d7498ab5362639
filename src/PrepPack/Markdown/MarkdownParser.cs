using Markdig;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>The one Markdig pipeline both writers read: pipe tables, ::: containers, {.class #id} attributes, emphasis
/// extras.</summary>
public static class MarkdownParser
{
    public static MarkdownPipeline Pipeline { get; } =
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseCustomContainers()
            .UseEmphasisExtras()
            // Markdig's GitHub-style auto-identifiers, counted so that repeated headings cost no more than others.
            .Use<CountedHeadingIds>()
            // Attributes go last, as Markdig asks, so they attach to what the other extensions made.
            .UseGenericAttributes()
            .Build();

    public static MarkdownDocument Parse(string body)
    {
        var tables = LongTables.Find(body);
        if (tables.Count == 0)
            return Markdig.Markdown.Parse(body, Pipeline);
        var document = Markdig.Markdown.Parse(LongTables.WithoutLaterRows(body, tables), Pipeline);
        var lines = body.Split('\n');
        foreach (var table in tables)
            LongTables.AddLaterRows(document, lines, table, Pipeline);
        return document;
    }
}
