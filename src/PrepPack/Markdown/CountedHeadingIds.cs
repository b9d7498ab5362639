using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PrepPack.Markdown;

/// <summary>
/// Gives each heading without an id the one Markdig's auto-identifiers make in GitHub style
/// ("likely-follow-ups", then "likely-follow-ups-1", "-2", …), counting a repeated heading's
/// number on from the last one given rather than trying every number from 1 again: a bank of
/// 1000 stories repeats each story's headings 1000 times, which made that quadratic.
/// </summary>
public sealed class CountedHeadingIds : IMarkdownExtension
{
    private const string Key = "PrepPack.CountedHeadingIds";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // ATX headings ("## Title") and setext ones (a line underlined with === or ---), as Markdig hooks them.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= Closed;
            headings.Closed += Closed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= Closed;
            paragraphs.Closed += Closed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
            heading.ProcessInlinesEnd += Identify;
    }

    private static void Identify(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null)
            return;
        var attributes = heading.GetAttributes();
        // An id written in the heading ({#id}) is kept, and, as in Markdig, not counted.
        if (attributes.Id is not null)
            return;

        // The heading's text without markup or links, as Markdig strips it.
        var writer = new StringWriter();
        new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(heading.Inline);
        var text = LinkHelper.UrilizeAsGfm(writer.ToString());
        var stem = string.IsNullOrEmpty(text) ? "section" : text;

        if (processor.Document.GetData(Key) is not Counts counts)
            processor.Document.SetData(Key, counts = new Counts());
        var id = stem;
        if (!counts.Given.Add(id))
        {
            // Every number below the last one given to this stem was taken then, and ids are never given back.
            var number = counts.Last.GetValueOrDefault(stem);
            do id = $"{stem}-{++number}";
            while (!counts.Given.Add(id));
            counts.Last[stem] = number;
        }
        attributes.Id = id;
    }

    private sealed class Counts
    {
        public HashSet<string> Given { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, uint> Last { get; } = new(StringComparer.Ordinal);
    }
}
