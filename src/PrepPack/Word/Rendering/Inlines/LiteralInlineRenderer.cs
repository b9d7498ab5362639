using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>Plain text, in the format around it.</summary>
internal sealed class LiteralInlineRenderer : WordInlineRenderer<LiteralInline>
{
    protected override void Write(LiteralInline inline, RunWriter writer) => writer.Add(inline.Content.ToString());
}
