using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>Turns one kind of Markdig block into a layout element.</summary>
internal interface IBlockRenderer : INodeRenderer<Block>
{
    /// <summary>The element, or null for blocks that print nothing (front matter, HTML comments).</summary>
    Element? Render(Block block, ElementRenderer renderer);
}

/// <summary>A renderer for blocks of type <typeparamref name="T"/>, as Markdig's own renderers are written.</summary>
internal abstract class BlockRenderer<T> : NodeRenderer<Block, T>, IBlockRenderer
    where T : Block
{
    public Element? Render(Block block, ElementRenderer renderer) => Write((T)block, renderer);

    protected abstract Element? Write(T block, ElementRenderer renderer);
}
