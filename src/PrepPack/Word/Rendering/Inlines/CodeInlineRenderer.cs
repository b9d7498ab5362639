using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>`code`: the theme's monospaced font on its code background.</summary>
internal sealed class CodeInlineRenderer : WordInlineRenderer<CodeInline>
{
    protected override void Write(CodeInline inline, RunWriter writer) =>
        writer.Add(inline.Content, writer.Format with { Code = true });
}
