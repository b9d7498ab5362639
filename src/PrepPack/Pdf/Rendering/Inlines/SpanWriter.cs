using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using PrepPack.Layout.Text;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>
/// Writes the inlines of a paragraph as styled text spans, finding the renderer for each inline
/// type once and keeping it, as Markdig's RendererBase does. An inline no renderer accepts is a
/// warning, never a silent gap.
/// </summary>
internal sealed class SpanWriter(ElementRenderer renderer)
{
    private static readonly IInlineRenderer[] Renderers =
    [
        new LiteralInlineRenderer(),
        new EmphasisInlineRenderer(),
        new CodeInlineRenderer(),
        new LinkInlineRenderer(),
        new AutolinkInlineRenderer(),
        new LineBreakInlineRenderer(),
        new HtmlInlineRenderer(),
        new HtmlEntityInlineRenderer(),
    ];

    private readonly RendererTable<Inline, IInlineRenderer> _renderers = new(Renderers);
    private List<TextSpan> _spans = [];

    // Where the inline being written is: a paragraph's lines each carry their own, so a message about a character
    // points at its line.
    private object? _at;

    public ElementRenderer Renderer => renderer;

    /// <summary>The style of text at this point: the paragraph's, changed by the emphasis and links around
    /// it.</summary>
    public TextStyle Style { get; private set; } = null!;

    public List<TextSpan> Write(ContainerInline? inlines, TextStyle style)
    {
        var (savedSpans, savedStyle, savedAt) = (_spans, Style, _at);
        (_spans, Style, _at) = ([], style, null);
        try
        {
            if (inlines is not null)
                WriteChildren(inlines);
            return _spans;
        }
        finally
        {
            (_spans, Style, _at) = (savedSpans, savedStyle, savedAt);
        }
    }

    public void Write(Inline inline)
    {
        var found = _renderers.For(inline);
        var saved = _at;
        if (!inline.Span.IsEmpty)
            _at = renderer.At(inline);
        try
        {
            if (found is not null)
            {
                found.Render(inline, this);
                return;
            }
            renderer.Unsupported.Unknown(inline);
            if (inline is ContainerInline container)
                WriteChildren(container);
        }
        finally
        {
            _at = saved;
        }
    }

    public void WriteChildren(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            Write(child);
    }

    /// <summary>Writes the children of an inline in another style: emphasis, links, attribute spans.</summary>
    public void WriteChildren(ContainerInline container, TextStyle style)
    {
        var saved = Style;
        Style = style;
        try
        {
            WriteChildren(container);
        }
        finally
        {
            Style = saved;
        }
    }

    public void Add(string text, TextStyle? style = null) =>
        _spans.Add(new TextSpan(text, style ?? Style) { Origin = _at });

    /// <summary>The style an attribute span names (<c>**Situation**{.star-label}</c>), or null when its classes name
    /// none.</summary>
    public TextStyle? SpanStyle(Inline inline) =>
        inline
            .TryGetAttributes()
            ?.Classes?.Select(c => renderer.Styles.Span(c, Style))
            .FirstOrDefault(s => s is not null);
}
