using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;name@host&gt;</c>: the address itself, underlined in the link
/// colour.</summary>
internal sealed class AutolinkInlineRenderer : WordInlineRenderer<AutolinkInline>
{
    protected override void Write(AutolinkInline inline, RunWriter writer)
    {
        var target = inline.IsEmail ? "mailto:" + inline.Url : inline.Url;
        var runs = writer.Collect(
            () => writer.Add(inline.Url),
            writer.Format with
            {
                Color = writer.Renderer.Theme.Colors.Link.Hex,
                Underline = true,
            }
        );
        writer.Add(writer.Renderer.Link(target, runs));
    }
}
