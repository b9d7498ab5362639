using DocumentFormat.OpenXml;
using Markdig.Syntax;

namespace PrepPack.Word.Rendering;

/// <summary>HTML prints nothing but <c>&lt;!-- pagebreak --&gt;</c>, a page break.</summary>
internal sealed class HtmlBlockRenderer : WordBlockRenderer<HtmlBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(HtmlBlock block, WordRenderer renderer)
    {
        var html = block.Lines.ToString().Replace(" ", "").Replace("-", "").ToLowerInvariant();
        if (html.Contains("<!pagebreak>") || html.Contains("<!newpage>")) yield return ParagraphRenderer.PageBreak();
    }
}
