namespace PrepPack.Markdown;

/// <summary>One writer's renderer for some kinds of Markdig node (a block or an inline).</summary>
public interface INodeRenderer<in TNode>
{
    bool Accepts(TNode node);
}
