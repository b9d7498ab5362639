using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using PrepPack.Layout.Text.Bidi;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>
/// Writes the inlines of a paragraph as Word runs and hyperlinks, finding the renderer for each
/// inline type once and keeping it, as Markdig's RendererBase does. An inline no renderer
/// accepts is a warning, never a silent gap.
/// </summary>
internal sealed class RunWriter(WordRenderer renderer)
{
    private static readonly IWordInlineRenderer[] Renderers =
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

    private readonly RendererTable<Inline, IWordInlineRenderer> _renderers = new(Renderers);
    private List<BodyInline> _runs = [];

    public WordRenderer Renderer => renderer;

    /// <summary>The look of text at this point, changed by the emphasis and links around it.</summary>
    public RunFormat Format { get; private set; } = RunFormat.Plain;

    /// <summary>The runs of a paragraph or heading: its inlines from the plain format.</summary>
    public List<BodyInline> Write(ContainerInline? inlines) =>
        Collect(
            () =>
            {
                if (inlines is not null)
                    WriteChildren(inlines);
            },
            RunFormat.Plain
        );

    public void Write(Inline inline)
    {
        var found = _renderers.For(inline);
        if (found is not null)
        {
            found.Render(inline, this);
            return;
        }
        renderer.Unsupported.Unknown(inline);
        if (inline is ContainerInline container)
            WriteChildren(container);
    }

    public void WriteChildren(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            Write(child);
    }

    /// <summary>Writes the children of an inline in another format: emphasis, links, attribute spans.</summary>
    public void WriteChildren(ContainerInline container, RunFormat format)
    {
        var saved = Format;
        Format = format;
        try
        {
            WriteChildren(container);
        }
        finally
        {
            Format = saved;
        }
    }

    /// <summary>What <paramref name="write"/> writes, kept apart: the runs that go inside a hyperlink.</summary>
    public List<BodyInline> Collect(Action write, RunFormat? format = null)
    {
        var (savedRuns, savedFormat) = (_runs, Format);
        (_runs, Format) = ([], format ?? Format);
        try
        {
            write();
            return _runs;
        }
        finally
        {
            (_runs, Format) = (savedRuns, savedFormat);
        }
    }

    public void Add(BodyInline inline) => _runs.Add(inline);

    /// <summary>Adds text as runs; the stretches the bidi algorithm sets right to left are runs of their own, marked
    /// so.</summary>
    public void Add(string text, RunFormat? format = null)
    {
        format ??= Format;
        // Nearly all text reads left to right: one run, without splitting.
        if (!BidiClasses.MayHaveRightToLeft(text))
        {
            _runs.Add(new BodyRun(text, format));
            return;
        }
        foreach (var (part, rightToLeft) in Directions.Split(text))
            _runs.Add(new BodyRun(part, rightToLeft ? format with { RightToLeft = true } : format));
    }

    /// <summary>The character style an attribute span names (<c>**Situation**{.star-label}</c>), or null.</summary>
    public static string? SpanStyle(Inline inline) =>
        inline.TryGetAttributes()?.Classes?.Select(StyleIds.ForInlineClass).FirstOrDefault(s => s is not null);
}
