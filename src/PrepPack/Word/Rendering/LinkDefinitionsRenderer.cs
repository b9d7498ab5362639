using Markdig.Syntax;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>
/// Link definitions (<c>[matrix]: #matrix</c>) print nothing: the links that use them carry the
/// address. One that looks like a footnote (<c>[^1]: …</c>) is a warning, for its text is lost.
/// </summary>
internal sealed class LinkDefinitionsRenderer : WordBlockRenderer<LinkReferenceDefinitionGroup>
{
    protected override IEnumerable<BodyBlock> Write(LinkReferenceDefinitionGroup block, WordRenderer renderer)
    {
        foreach (var definition in block.OfType<LinkReferenceDefinition>().Where(d => d.Label?.StartsWith('^') == true))
            renderer.Unsupported.Footnote(definition);
        return [];
    }
}
