using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Markdown;
using PrepPack.Theming;
using PrepPack.Word.Body;
using PrepPack.Word.Rendering.Inlines;

namespace PrepPack.Word.Rendering;

/// <summary>
/// Walks a Markdig document and writes Word blocks, finding the renderer for each block type
/// once, as Markdig's own renderers do. It carries what a paragraph needs to know about where
/// it stands: in a list item, a quote or a box. A block no renderer accepts is a warning, never
/// a silent gap.
/// </summary>
internal sealed class WordRenderer
{
    private static readonly IWordBlockRenderer[] Renderers =
    [
        new HeadingRenderer(),
        new ParagraphRenderer(),
        new ListRenderer(),
        new QuoteRenderer(),
        new TableRenderer(),
        new ContainerRenderer(),
        new ThematicBreakRenderer(),
        new CodeBlockRenderer(),
        new HtmlBlockRenderer(),
        new LinkDefinitionsRenderer(),
    ];

    private readonly RendererTable<Block, IWordBlockRenderer> _renderers = new(Renderers);
    private readonly MainDocumentPart _main;
    private readonly RunWriter _runs;
    private int _bookmarks;
    private int _links;

    public WordRenderer(
        Theme theme,
        WordStyleSheet styles,
        MainDocumentPart main,
        WordNumbering numbering,
        UnsupportedMarkdown unsupported,
        int textWidth
    )
    {
        Theme = theme;
        Styles = styles;
        _main = main;
        Numbering = numbering;
        Unsupported = unsupported;
        TextWidth = textWidth;
        _runs = new RunWriter(this);
    }

    public Theme Theme { get; }
    public WordStyleSheet Styles { get; }
    public WordNumbering Numbering { get; }
    public UnsupportedMarkdown Unsupported { get; }

    /// <summary>The width between the margins, in twentieths of a point, that tables and boxes span; a section may
    /// change it.</summary>
    public int TextWidth { get; set; }

    /// <summary>The style ordinary paragraphs take here: Normal, or Quote inside a quote, Box Text in a box.</summary>
    public string ParagraphStyle { get; set; } = StyleIds.Normal;

    /// <summary>Set by a list for the first paragraph of each item: which list, at which depth.</summary>
    public (int List, int Level)? PendingItem { get; set; }

    /// <summary>Inside a list item after its first paragraph: indented like the item, unnumbered.</summary>
    public int? ItemLevel { get; set; }

    public IEnumerable<BodyBlock> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            var renderer = _renderers.For(block);
            if (renderer is null)
            {
                Unsupported.Unknown(block);
                continue;
            }
            foreach (var element in renderer.Render(block, this))
                yield return element;
        }
    }

    /// <summary>The inlines of a paragraph or heading as Word runs and hyperlinks.</summary>
    public List<BodyInline> Runs(ContainerInline? inlines) => _runs.Write(inlines);

    /// <summary>A paragraph in the current context's style, numbered if it opens a list item.</summary>
    /// <param name="align">"center" or "right"; null keeps the style's alignment.</param>
    public BodyParagraph Paragraph(List<BodyInline> runs, string? style = null, string? align = null)
    {
        if (PendingItem is { } item)
        {
            PendingItem = null;
            return new BodyParagraph
            {
                Style = style ?? ParagraphStyle,
                Item = item,
                Align = align,
                Inlines = runs,
            };
        }
        if (ItemLevel is { } level && style is null)
            return new BodyParagraph
            {
                Style = StyleIds.ListContinue,
                Indent = (int)(WordNumbering.Indent(level) * 20),
                Align = align,
                Inlines = runs,
            };
        return new BodyParagraph
        {
            Style = style ?? ParagraphStyle,
            Align = align,
            Inlines = runs,
        };
    }

    public T With<T>(string paragraphStyle, Func<T> render)
    {
        var saved = ParagraphStyle;
        ParagraphStyle = paragraphStyle;
        try
        {
            return render();
        }
        finally
        {
            ParagraphStyle = saved;
        }
    }

    /// <summary>A hyperlink to a heading's bookmark (<c>#id</c>) or to an absolute address.</summary>
    public BodyLink Link(string url, List<BodyInline> runs)
    {
        if (url.StartsWith('#'))
            return new BodyLink(url[1..], null, runs);
        // Numbered, not generated, ids keep the file the same from build to build.
        var relationship = _main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true, $"rIdLink{++_links}");
        return new BodyLink(null, relationship.Id, runs);
    }

    /// <summary>A bookmark around a heading, so links and the one-page check can find it: its name and its
    /// id.</summary>
    public (string Name, string Id) Bookmark(string name) =>
        (name, (++_bookmarks).ToString(CultureInfo.InvariantCulture));
}
