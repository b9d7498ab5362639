using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace PrepPack.Word.Rendering;

/// <summary>A code block: each line a paragraph in the Code style.</summary>
internal sealed class CodeBlockRenderer : WordBlockRenderer<CodeBlock>
{
    protected override IEnumerable<OpenXmlElement> Write(CodeBlock block, WordRenderer renderer) =>
        block.Lines.Lines.Take(block.Lines.Count).Select(line =>
            (OpenXmlElement)renderer.Paragraph([new Run(new Text(line.ToString()) { Space = SpaceProcessingModeValues.Preserve })], StyleIds.Code));
}
