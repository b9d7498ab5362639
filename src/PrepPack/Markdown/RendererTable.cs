namespace PrepPack.Markdown;

/// <summary>
/// The renderers a document writer (PDF, Word) has for blocks or for inlines: the one for each type
/// of node is found once and kept, as Markdig's RendererBase does. A writer reports a node no
/// renderer accepts as a warning, never a silent gap.
/// </summary>
public sealed class RendererTable<TNode, TRenderer>(IReadOnlyList<TRenderer> renderers)
    where TNode : class
    where TRenderer : class, INodeRenderer<TNode>
{
    private readonly Dictionary<Type, TRenderer?> _byType = [];

    /// <summary>The first renderer that accepts the node, or null when none does.</summary>
    public TRenderer? For(TNode node)
    {
        var type = node.GetType();
        if (!_byType.TryGetValue(type, out var renderer))
            _byType[type] = renderer = renderers.FirstOrDefault(r => r.Accepts(node));
        return renderer;
    }
}
