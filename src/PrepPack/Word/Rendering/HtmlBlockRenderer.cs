using Markdig.Syntax;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>HTML prints nothing but <c>&lt;!-- pagebreak --&gt;</c>, a page break; HTML other than a comment is a
/// warning.</summary>
internal sealed class HtmlBlockRenderer : WordBlockRenderer<HtmlBlock>
{
    protected override IEnumerable<BodyBlock> Write(HtmlBlock block, WordRenderer renderer)
    {
        if (PageBreaks.Is(block))
            yield return BodyParagraph.PageBreak();
        else
            renderer.Unsupported.Html(block);
    }
}
