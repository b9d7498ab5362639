namespace PrepPack.Markdown;

/// <summary>A renderer for nodes of type <typeparamref name="T"/>, as Markdig's own renderers are written.</summary>
public abstract class NodeRenderer<TNode, T> : INodeRenderer<TNode>
    where T : TNode
{
    public virtual bool Accepts(TNode node) => node is T;
}
