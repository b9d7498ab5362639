using Markdig.Syntax;
using PrepPack.Markdown;
using PrepPack.Word.Body;
using PrepPack.Word.Rendering.Inlines;

namespace PrepPack.Word.Rendering;

/// <summary>
/// A code block: each line a paragraph in the Code style. A <c>```chart</c> block, which Word files do
/// not draw, is its trend in words (its alt text), in the Small style.
/// </summary>
internal sealed class CodeBlockRenderer : WordBlockRenderer<CodeBlock>
{
    protected override IEnumerable<BodyBlock> Write(CodeBlock block, WordRenderer renderer)
    {
        if (block is FencedCodeBlock fenced && ChartBlockReader.IsChart(fenced))
        {
            var chart = ChartBlockReader.Read(fenced, renderer.Unsupported.ChartLine);
            var words = chart.Alt is { Length: > 0 } alt
                ? alt
                : $"A chart of {chart.Labels.Count} points, drawn in the PDF.";
            return [renderer.Paragraph([new BodyRun(words, RunFormat.Plain)], StyleIds.Small)];
        }
        return block
            .Lines.Lines.Take(block.Lines.Count)
            .Select(line =>
                (BodyBlock)renderer.Paragraph([new BodyRun(line.ToString(), RunFormat.Plain)], StyleIds.Code)
            );
    }
}
