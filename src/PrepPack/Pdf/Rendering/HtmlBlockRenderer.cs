using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>HTML prints nothing, except the comment <c>&lt;!-- pagebreak --&gt;</c>, which starts a new page;
/// HTML other than a comment is a warning.</summary>
internal sealed class HtmlBlockRenderer : BlockRenderer<HtmlBlock>
{
    protected override Element? Write(HtmlBlock block, ElementRenderer renderer)
    {
        if (PageBreaks.Is(block))
            return new PageBreak();
        renderer.Unsupported.Html(block);
        return null;
    }
}
