using DocumentFormat.OpenXml;
using Markdig.Syntax;
using PrepPack.Markdown;

namespace PrepPack.Word.Rendering;

/// <summary>HTML prints nothing but <c>&lt;!-- pagebreak --&gt;</c>, a page break; HTML other than a comment is a warning.</summary>
internal sealed class HtmlBlockRenderer : WordBlockRenderer<HtmlBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(HtmlBlock block, WordRenderer renderer)
    {
        if (PageBreaks.Is(block)) yield return ParagraphRenderer.PageBreak();
        else renderer.Unsupported.Html(block);
    }
}
