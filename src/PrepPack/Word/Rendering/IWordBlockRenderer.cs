using Markdig.Syntax;
using PrepPack.Markdown;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>Turns one kind of Markdig block into Word paragraphs and tables.</summary>
internal interface IWordBlockRenderer : INodeRenderer<Block>
{
    IEnumerable<BodyBlock> Render(Block block, WordRenderer renderer);
}

/// <summary>A Word renderer for blocks of type <typeparamref name="T"/>.</summary>
internal abstract class WordBlockRenderer<T> : NodeRenderer<Block, T>, IWordBlockRenderer
    where T : Block
{
    public IEnumerable<BodyBlock> Render(Block block, WordRenderer renderer) => Write((T)block, renderer);

    protected abstract IEnumerable<BodyBlock> Write(T block, WordRenderer renderer);
}
