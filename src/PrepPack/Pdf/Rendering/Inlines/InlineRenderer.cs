using Markdig.Syntax.Inlines;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>A renderer for inlines of type <typeparamref name="T"/>, as Markdig's own renderers are written.</summary>
internal abstract class InlineRenderer<T> : NodeRenderer<Inline, T>, IInlineRenderer
    where T : Inline
{
    public void Render(Inline inline, SpanWriter writer) => Write((T)inline, writer);

    protected abstract void Write(T inline, SpanWriter writer);
}
