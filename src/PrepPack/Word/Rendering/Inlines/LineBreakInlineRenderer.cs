using Markdig.Syntax.Inlines;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>A hard break is a line break in the paragraph; a soft one is a space.</summary>
internal sealed class LineBreakInlineRenderer : WordInlineRenderer<LineBreakInline>
{
    protected override void Write(LineBreakInline inline, RunWriter writer)
    {
        if (inline.IsHard)
            writer.Add(BodyBreak.Line);
        else
            writer.Add(" ");
    }
}
