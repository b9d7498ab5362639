using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>
/// *italic*, **bold**, ~~strike~~, ++inserted++ (underlined), ==marked== (shaded), ^super^ and
/// ~sub~. A class that names a character style replaces the emphasis: the style carries its own
/// weight, so <c>**Situation**{.star-label}</c> is STAR Label, not bold on top. A quantity in bold
/// (<c>**$1.5M**</c>, as bold_numbers writes one) is a Key Number, so restyling Key Number restyles them all.
/// The writer sets bold and italic through the Strong and Emphasis character styles.
/// </summary>
internal sealed class EmphasisInlineRenderer : WordInlineRenderer<EmphasisInline>
{
    protected override void Write(EmphasisInline inline, RunWriter writer)
    {
        var format = writer.Format;
        var style = RunWriter.SpanStyle(inline) ?? (IsQuantity(inline) ? StyleIds.KeyNumber : null);
        writer.WriteChildren(inline, style is not null ? format with { Style = style } : Emphasise(inline, format));
    }

    private static bool IsQuantity(EmphasisInline inline)
    {
        if (inline is not { DelimiterChar: '*' or '_', DelimiterCount: 2 })
            return false;
        var text = new System.Text.StringBuilder();
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline literal)
                return false;
            text.Append(literal.Content.AsSpan());
        }
        return Templates.TemplateFunctions.IsQuantity(text.ToString());
    }

    private static RunFormat Emphasise(EmphasisInline emphasis, RunFormat format) =>
        (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
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
