using Markdig.Syntax.Inlines;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;name@host&gt;</c>: the address itself, underlined in the link
/// colour.</summary>
internal sealed class AutolinkInlineRenderer : InlineRenderer<AutolinkInline>
{
    protected override void Write(AutolinkInline inline, SpanWriter writer)
    {
        var target = inline.IsEmail ? "mailto:" + inline.Url : inline.Url;
        writer.Add(
            inline.Url,
            writer.Style with
            {
                Link = target,
                Color = writer.Renderer.Theme.Colors.Link.ToLayout(),
                Underline = true,
            }
        );
    }
}
