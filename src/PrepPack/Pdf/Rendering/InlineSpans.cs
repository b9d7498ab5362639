using Markdig.Syntax.Inlines;
using PrepPack.Layout.Text;
using PrepPack.Templates;
using PrepPack.Theming;

namespace PrepPack.Pdf.Rendering;

/// <summary>Turns Markdig's inlines (emphasis, code, links, breaks) into styled text spans.</summary>
internal static class InlineSpans
{
    public static List<TextSpan> From(ContainerInline? inlines, TextStyle style, Theme theme, TextStyles styles)
    {
        var spans = new List<TextSpan>();
        if (inlines is not null) Add(inlines, style, theme, styles, spans);
        return spans;
    }

    private static void Add(Inline inline, TextStyle style, Theme theme, TextStyles styles, List<TextSpan> spans)
    {
        switch (inline)
        {
            case LiteralInline literal:
                spans.Add(new TextSpan(literal.Content.ToString(), style));
                break;
            case CodeInline code:
                spans.Add(new TextSpan(code.Content, styles.Code with { Size = style.Size * 0.92f, Background = theme.Colors.CodeBackground.ToLayout(), Color = style.Color, Link = style.Link }));
                break;
            case LineBreakInline lineBreak:
                spans.Add(new TextSpan(lineBreak.IsHard ? "\n" : " ", style));
                break;
            case HtmlEntityInline entity:
                spans.Add(new TextSpan(entity.Transcoded.ToString(), style));
                break;
            case AutolinkInline autolink:
                var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                spans.Add(new TextSpan(autolink.Url, style with { Link = target, Color = theme.Colors.Link.ToLayout(), Underline = true }));
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                foreach (var child in link) Add(child, style with { Link = link.Url, Color = theme.Colors.Link.ToLayout() }, theme, styles, spans);
                break;
            case EmphasisInline emphasis:
                foreach (var child in emphasis) Add(child, Emphasise(emphasis, style, theme), theme, styles, spans);
                break;
            case ContainerInline container:
                foreach (var child in container) Add(child, style, theme, styles, spans);
                break;
        }
    }

    /// <summary>*italic*, **bold**, ~~strike~~, ++inserted++, ==marked==, ^super^, ~sub~.</summary>
    private static TextStyle Emphasise(EmphasisInline emphasis, TextStyle style, Theme theme) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('*' or '_', 1) => style with { Italic = true },
        ('*' or '_', 2) => style with { Bold = true },
        ('*' or '_', _) => style with { Bold = true, Italic = true },
        ('~', 2) => style with { Strike = true },
        ('~', 1) => style with { Size = style.Size * 0.7f, Rise = -style.Size * 0.15f },
        ('^', _) => style with { Size = style.Size * 0.7f, Rise = style.Size * 0.35f },
        ('+', _) => style with { Underline = true },
        ('=', _) => style with { Background = theme.Colors.Mark.ToLayout() },
        _ => style,
    };
}
