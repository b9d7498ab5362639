using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Tests.Markdown;

public class HeadingIdTests
{
    private static List<string?> Ids(string markdown, MarkdownPipeline pipeline) =>
        Markdig
            .Markdown.Parse(markdown, pipeline)
            .Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id)
            .ToList();

    private static readonly MarkdownPipeline Markdigs = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseGenericAttributes()
        .Build();

    [Fact]
    public void Repeated_headings_are_numbered_as_markdig_numbers_them()
    {
        var markdown = """
            # Key numbers
            ## Key numbers {.unlisted}
            ## Key numbers 1
            ## Key *numbers*
            ## Key numbers {#key-numbers-3}
            ## [Key](https://example.com) numbers
            ## Café — 20%
            ## Café — 20%
            Set up
            ------
            ##
            ## Key numbers
            """;
        var ours = Ids(markdown, MarkdownParser.Pipeline);
        Assert.Equal(Ids(markdown, Markdigs), ours);
        // An id written in a heading is not counted, so a later heading may be given it too, as in Markdig.
        Assert.Equal(
            ["key-numbers", "key-numbers-1", "key-numbers-1-1", "key-numbers-2", "key-numbers-3", "key-numbers-3"],
            ours.Take(6)
        );
    }

    [Fact]
    public void A_heading_repeated_a_thousand_times_gets_a_thousand_ids_in_order()
    {
        var markdown = string.Concat(Enumerable.Repeat("## Likely follow-ups\n\ntext\n\n", 1000));
        var ids = Ids(markdown, MarkdownParser.Pipeline);
        Assert.Equal(["likely-follow-ups", .. Enumerable.Range(1, 999).Select(i => $"likely-follow-ups-{i}")], ids);
    }
}
