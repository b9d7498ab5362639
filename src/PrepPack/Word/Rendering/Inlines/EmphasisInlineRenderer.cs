using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>
/// *italic*, **bold**, ~~strike~~, ++inserted++ (underlined), ==marked== (shaded), ^super^ and
/// ~sub~. A class that names a character style replaces the emphasis: the style carries its own
/// weight, so <c>**Situation**{.star-label}</c> is STAR Label, not bold on top.
/// </summary>
internal sealed class EmphasisInlineRenderer : WordInlineRenderer<EmphasisInline>
{
    protected override void Write(EmphasisInline inline, RunWriter writer)
    {
        var format = writer.Format;
        writer.WriteChildren(inline, RunWriter.SpanStyle(inline) is { } style ? format with { Style = style } : Emphasise(inline, format));
    }

    private static RunFormat Emphasise(EmphasisInline emphasis, RunFormat format) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', 1) => format with { Italic = true },
        ('*' or '_', 2) => format with { Bold = true },
        ('*' or '_', _) => format with { Bold = true, Italic = true },
        ('~', 2) => format with { Strike = true },
        ('~', 1) => format with { Position = VerticalPositionValues.Subscript },
        ('^', _) => format with { Position = VerticalPositionValues.Superscript },
        ('+', _) => format with { Underline = true },
        ('=', _) => format with { Mark = true },
        _ => format,
    };
}
