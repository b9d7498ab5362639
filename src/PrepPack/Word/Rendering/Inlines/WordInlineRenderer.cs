using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>A Word renderer for inlines of type <typeparamref name="T"/>.</summary>
internal abstract class WordInlineRenderer<T> : IWordInlineRenderer
    where T : Inline
{
    public bool Accepts(Inline inline) => inline is T;

    public void Render(Inline inline, RunWriter writer) => Write((T)inline, writer);

    protected abstract void Write(T inline, RunWriter writer);
}
