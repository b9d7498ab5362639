using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PrepPack.Diagnostics;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;
using PrepPack.Layout.Text.Hyphenation;
using PrepPack.Markdown;
using PrepPack.Pdf.Rendering.Inlines;
using PrepPack.Theming;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// Walks a Markdig document and builds the element tree the paginator lays out, each block by the
/// renderer its <see cref="RendererTable{TNode, TRenderer}"/> finds for it. A block no renderer
/// accepts is a warning, never a silent gap.
/// </summary>
internal sealed class ElementRenderer
{
    private static readonly IBlockRenderer[] Renderers =
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

    private readonly RendererTable<Block, IBlockRenderer> _renderers = new(Renderers);
    private readonly SpanWriter _spans;

    public ElementRenderer(
        Theme theme,
        FrontMatter settings,
        FaceChooser faces,
        string file,
        IReadOnlyList<ContentsEntry> contents,
        UnsupportedMarkdown unsupported
    )
    {
        Theme = theme;
        Settings = settings;
        Faces = faces;
        File = file;
        Contents = contents;
        Unsupported = unsupported;
        _spans = new SpanWriter(this);
        Styles = new TextStyles(theme, settings.BoldInHeadingFont);
        Align = (settings.Justify ?? theme.Justify) ? TextAlign.Justify : TextAlign.Start;
    }

    public Theme Theme { get; }
    public FrontMatter Settings { get; }
    public FaceChooser Faces { get; }
    public string File { get; }
    public IReadOnlyList<ContentsEntry> Contents { get; }
    public UnsupportedMarkdown Unsupported { get; }
    public TextStyles Styles { get; }
    public TextAlign Align { get; }

    /// <summary>The style of ordinary text at this point (quotes and table headers change it).</summary>
    public TextStyle Current { get; private set; } = null!;

    public Element Render(MarkdownDocument document) => Render((IEnumerable<Block>)document);

    /// <summary>Some top-level blocks of a document, as a document of their own (one card's page).</summary>
    public Element Render(IEnumerable<Block> blocks)
    {
        Current = Styles.Body;
        return Column(blocks, Theme.Spacing.Paragraph);
    }

    /// <summary>The blocks of a container, stacked, with headings and labels kept with what follows them.</summary>
    public Column Column(ContainerBlock container, float spacing) => Column((IEnumerable<Block>)container, spacing);

    /// <summary>Some blocks of a container, stacked, with headings and labels kept with what follows them.</summary>
    public Column Column(IEnumerable<Block> blocks, float spacing)
    {
        var children = new List<Element>();
        var kept = new List<Element>();
        foreach (var block in blocks)
        {
            var renderer = _renderers.For(block);
            if (renderer is null)
                Unsupported.Unknown(block);
            if (renderer?.Render(block, this) is not { } element)
                continue;
            children.Add(element);
            if (block is HeadingBlock || block is ParagraphBlock paragraph && ParagraphRenderer.IsLabel(paragraph))
                kept.Add(element);
        }
        var column = new Column(children, spacing);
        foreach (var element in kept)
            column.KeepWithNext.Add(element);
        return column;
    }

    /// <summary>Renders with a different ordinary text style, for the blocks inside a quote or cell.</summary>
    public T With<T>(TextStyle style, Func<T> render)
    {
        var saved = Current;
        Current = style;
        try
        {
            return render();
        }
        finally
        {
            Current = saved;
        }
    }

    /// <summary>The inlines of a paragraph, heading or cell as styled text spans.</summary>
    public List<TextSpan> Spans(ContainerInline? inlines, TextStyle style) => _spans.Write(inlines, style);

    /// <summary>The tables rendered, for the checks made on the page as laid out (<see cref="WideColumns"/>).</summary>
    public List<Layout.Elements.Table> Tables { get; } = [];

    /// <summary>The text of each paragraph, cell and heading rendered, at its Markdown place,
    /// for the checks made on the page as laid out (<see cref="ReadableType"/>).</summary>
    public List<(SourceLocation At, string Text, bool InTable)> Texts { get; } = [];

    public TextBlock Paragraph(
        IReadOnlyList<TextSpan> spans,
        TextStyle style,
        TextAlign align,
        Block source,
        string kind
    )
    {
        // English patterns: the templates and the sample write English. The layout hyphenates only
        // justified lines and words wider than their line, so ragged text never takes a hyphen it need not.
        var text = new ParagraphText(spans, style, align, Faces, At(source), Hyphenator.EnglishUS);
        if (kind is "paragraph" or "table cell" or "heading")
            Texts.Add((At(source), string.Concat(spans.Select(s => s.Text)), kind == "table cell"));
        // A paragraph to a screen reader, unless the caller makes it part of something else (a cell, a heading).
        return new TextBlock(text)
        {
            Source = Describe(source, kind, Excerpt(spans)),
            Origin = At(source),
            Tag = new StructureTag(StructureRoles.Paragraph),
        };
    }

    public SourceLocation At(Block block) => new(File, block.Line + 1, block.Column + 1);

    public SourceLocation At(Inline inline) => new(File, inline.Line + 1, inline.Column + 1);

    /// <summary>How messages name a block: "the box '.card' at line 12 ("Quoting funnel…")".</summary>
    public string Describe(Block block, string kind, string? text = null)
    {
        var excerpt = text is null ? "" : $" (\"{Shorten(text.Trim())}\")";
        return $"the {kind} at line {block.Line + 1} of {Path.GetFileName(File)}{excerpt}";
    }

    /// <summary>The first words of some spans, for naming a paragraph in a message.</summary>
    private static string Excerpt(IReadOnlyList<TextSpan> spans)
    {
        var text = new System.Text.StringBuilder();
        foreach (var span in spans)
        {
            text.Append(span.Text);
            if (text.Length > 40)
                break;
        }
        return text.ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39].TrimEnd() + "…";
}
