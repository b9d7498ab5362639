using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>An entity such as <c>&amp;nbsp;</c>: the character it stands for.</summary>
internal sealed class HtmlEntityInlineRenderer : WordInlineRenderer<HtmlEntityInline>
{
    protected override void Write(HtmlEntityInline inline, RunWriter writer) =>
        writer.Add(inline.Transcoded.ToString());
}
