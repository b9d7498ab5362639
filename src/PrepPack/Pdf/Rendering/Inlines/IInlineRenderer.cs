using Markdig.Syntax.Inlines;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering.Inlines;

/// <summary>Turns one kind of Markdig inline into styled text spans.</summary>
internal interface IInlineRenderer : INodeRenderer<Inline>
{
    void Render(Inline inline, SpanWriter writer);
}
