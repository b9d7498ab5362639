using Markdig.Syntax.Inlines;
using PrepPack.Layout.Text;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>
/// *italic*, **bold**, ~~strike~~, ++inserted++, ==marked==, ^super^ and ~sub~. A class that
/// names a span style (<c>**Situation**{.star-label}</c>) replaces the emphasis's own look, as
/// the Word writer's character styles do.
/// </summary>
internal sealed class EmphasisInlineRenderer : InlineRenderer<EmphasisInline>
{
    protected override void Write(EmphasisInline inline, SpanWriter writer) =>
        writer.WriteChildren(inline, writer.SpanStyle(inline) ?? Emphasise(inline, writer.Style, writer.Renderer));

    private static TextStyle Emphasise(EmphasisInline emphasis, TextStyle style, ElementRenderer renderer) =>
        (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => style with { Italic = true },
            ('*' or '_', 2) => renderer.Styles.Strong(style),
            ('*' or '_', _) => renderer.Styles.Strong(style) with { Italic = true },
            ('~', 2) => style with { Strike = true },
            ('~', 1) => style with { Size = style.Size * 0.7f, Rise = -style.Size * 0.15f },
            ('^', _) => style with { Size = style.Size * 0.7f, Rise = style.Size * 0.35f },
            ('+', _) => style with { Underline = true },
            ('=', _) => style with { Background = renderer.Theme.Colors.Mark.ToLayout() },
            _ => style,
        };
}
