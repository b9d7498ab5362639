using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>`code`: monospaced on a tinted background, a little smaller than the text around it.</summary>
internal sealed class CodeInlineRenderer : InlineRenderer<CodeInline>
{
    protected override void Write(CodeInline inline, SpanWriter writer)
    {
        var style = writer.Style;
        var renderer = writer.Renderer;
        writer.Add(
            inline.Content,
            renderer.Styles.Code with
            {
                Size = style.Size * 0.92f,
                Background = renderer.Theme.Colors.CodeBackground.ToLayout(),
                Color = style.Color,
                Link = style.Link,
            }
        );
    }
}
