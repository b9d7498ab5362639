using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace PrepPack.Word.Rendering;

/// <summary>Turns Markdig's inlines into Word runs: bold, italic, strike, code, links, and character styles by class.</summary>
internal static class InlineRuns
{
    private sealed record Format(bool Bold = false, bool Italic = false, bool Strike = false, bool Code = false, string? Style = null);

    public static IEnumerable<OpenXmlElement> From(ContainerInline? inlines, WordRenderer renderer)
    {
        var runs = new List<OpenXmlElement>();
        if (inlines is not null) Add(inlines, new Format(), renderer, runs);
        return runs;
    }

    private static void Add(Inline inline, Format format, WordRenderer renderer, List<OpenXmlElement> runs)
    {
        switch (inline)
        {
            case LiteralInline literal:
                runs.Add(Run(literal.Content.ToString(), format, renderer));
                break;
            case CodeInline code:
                runs.Add(Run(code.Content, format with { Code = true }, renderer));
                break;
            case LineBreakInline lineBreak:
                runs.Add(lineBreak.IsHard ? new Run(new Break()) : Run(" ", format, renderer));
                break;
            case HtmlEntityInline entity:
                runs.Add(Run(entity.Transcoded.ToString(), format, renderer));
                break;
            case AutolinkInline autolink:
                runs.Add(renderer.Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, [Run(autolink.Url, format, renderer)]));
                break;
            case LinkInline { IsImage: true }:
                break;
            case LinkInline link:
                var inner = new List<OpenXmlElement>();
                foreach (var child in link) Add(child, format, renderer, inner);
                runs.Add(renderer.Link(link.Url ?? "", inner));
                break;
            case EmphasisInline emphasis:
                var styled = Emphasise(emphasis, format);
                foreach (var child in emphasis) Add(child, styled, renderer, runs);
                break;
            case ContainerInline container:
                foreach (var child in container) Add(child, format, renderer, runs);
                break;
        }
    }

    private static Format Emphasise(EmphasisInline emphasis, Format format)
    {
        var style = emphasis.TryGetAttributes()?.Classes?.Select(StyleIds.ForInlineClass).FirstOrDefault(s => s is not null);
        // A character style carries its own weight: "**Situation**{.star-label}" is the style, not bold on top.
        if (style is not null) return format with { Style = style };
        return (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
        {
            ('*' or '_', 1) => format with { Italic = true },
            ('*' or '_', 2) => format with { Bold = true },
            ('*' or '_', _) => format with { Bold = true, Italic = true },
            ('~', 2) => format with { Strike = true },
            _ => format,
        };
    }

    private static Run Run(string text, Format format, WordRenderer renderer)
    {
        var properties = new RunProperties();
        if (format.Style is not null) properties.Append(new RunStyle { Val = format.Style });
        if (format.Code) properties.Append(new RunFonts { Ascii = renderer.Theme.Fonts.Mono[0], HighAnsi = renderer.Theme.Fonts.Mono[0] });
        if (format.Bold) properties.Append(new Bold());
        if (format.Italic) properties.Append(new Italic());
        if (format.Strike) properties.Append(new Strike());
        var run = new Run();
        if (properties.HasChildren) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
