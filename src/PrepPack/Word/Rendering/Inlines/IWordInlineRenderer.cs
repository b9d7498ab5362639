using Markdig.Syntax.Inlines;
using PrepPack.Markdown;

namespace PrepPack.Word.Rendering.Inlines;

/// <summary>Turns one kind of Markdig inline into Word runs.</summary>
internal interface IWordInlineRenderer : INodeRenderer<Inline>
{
    void Render(Inline inline, RunWriter writer);
}
