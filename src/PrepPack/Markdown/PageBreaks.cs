using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace PrepPack.Markdown;

/// <summary>The ways a Markdown document asks for a new page, understood alike by the PDF and Word writers:
/// a paragraph of just <c>\newpage</c>, the comment <c>&lt;!-- pagebreak --&gt;</c>, or <c>::: pagebreak</c>.</summary>
public static class PageBreaks
{
    public static bool Is(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstChild is { NextSibling: null } only && only.ToString()?.Trim() == "\\newpage";

    public static bool Is(HtmlBlock html)
    {
        var text = html.Lines.ToString().Replace(" ", "").Replace("-", "").ToLowerInvariant();
        return text.Contains("<!pagebreak>") || text.Contains("<!newpage>");
    }

    public static bool Is(CustomContainer container) =>
        ClassNames.Name(container) is ClassNames.PageBreak or ClassNames.PageBreakDashed or ClassNames.NewPage;
}
