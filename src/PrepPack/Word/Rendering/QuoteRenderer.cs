using Markdig.Syntax;
using PrepPack.Word.Body;

namespace PrepPack.Word.Rendering;

/// <summary>A block quote: its paragraphs in the Quote style.</summary>
internal sealed class QuoteRenderer : WordBlockRenderer<QuoteBlock>
{
    protected override IEnumerable<BodyBlock> Write(QuoteBlock block, WordRenderer renderer) =>
        renderer.With(StyleIds.Quote, () => renderer.Blocks(block).ToList());
}
