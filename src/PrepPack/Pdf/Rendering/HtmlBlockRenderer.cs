using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>HTML prints nothing, except the comment <c>&lt;!-- pagebreak --&gt;</c>, which starts a new page.</summary>
internal sealed class HtmlBlockRenderer : BlockRenderer<HtmlBlock>
{
    protected override Element? Write(HtmlBlock block, ElementRenderer renderer) =>
        PageBreaks.Is(block) ? new PageBreak() : null;
}
