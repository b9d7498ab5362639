using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PrepPack.Tests.Support;

/// <summary>The links and heading anchors of a Markdown page, as GitHub shows them.</summary>
internal static class MarkdownLinks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Every link and image target in the page, code blocks and code spans left out.</summary>
    public static IReadOnlyList<string> Targets(string markdown) =>
        [
            .. Markdig
                .Markdown.Parse(markdown, Pipeline)
                .Descendants<LinkInline>()
                .Where(l => !l.IsAutoLink && l.Url is not null)
                .Select(l => l.Url!),
        ];

    /// <summary>The anchors GitHub gives the page's headings: their slugs, a repeated one numbered -1, -2 on.</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in Markdig.Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>())
        {
            var slug = Slug(PlainText(heading.Inline));
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }
        return anchors;
    }

    /// <summary>GitHub's slug of a heading's text: lower case, punctuation dropped, each space a hyphen.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            if (c == ' ')
                slug.Append('-');
            else if (
                c is '-' or '_'
                || char.IsLetterOrDigit(c)
                || category
                    is UnicodeCategory.NonSpacingMark
                        or UnicodeCategory.SpacingCombiningMark
                        or UnicodeCategory.ConnectorPunctuation
            )
                slug.Append(c);
        }
        return slug.ToString();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var child in inline?.Descendants<Inline>() ?? [])
            if (child is LiteralInline literal)
                text.Append(literal.Content.ToString());
            else if (child is CodeInline code)
                text.Append(code.Content);
        return text.ToString();
    }
}
