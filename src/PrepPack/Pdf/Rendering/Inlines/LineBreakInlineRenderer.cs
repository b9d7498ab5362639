using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>A hard break (two spaces or a backslash at the end of a line) starts a new line; a soft one is a
/// space.</summary>
internal sealed class LineBreakInlineRenderer : InlineRenderer<LineBreakInline>
{
    protected override void Write(LineBreakInline inline, SpanWriter writer) => writer.Add(inline.IsHard ? "\n" : " ");
}
