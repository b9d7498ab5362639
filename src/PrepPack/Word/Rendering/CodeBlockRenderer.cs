using Markdig.Syntax;
using PrepPack.Word.Body;
using PrepPack.Word.Rendering.Inlines;

namespace PrepPack.Word.Rendering;

/// <summary>A code block: each line a paragraph in the Code style.</summary>
internal sealed class CodeBlockRenderer : WordBlockRenderer<CodeBlock>
{
    protected override IEnumerable<BodyBlock> Write(CodeBlock block, WordRenderer renderer) =>
        block.Lines.Lines.Take(block.Lines.Count).Select(line => (BodyBlock)renderer.Paragraph([new BodyRun(line.ToString(), RunFormat.Plain)], StyleIds.Code));
}
