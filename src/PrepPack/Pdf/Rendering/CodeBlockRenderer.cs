using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>
/// A code block: monospaced, lines kept as written, on a tinted background; a <c>```chart</c> block is a chart.
/// </summary>
internal sealed class CodeBlockRenderer : BlockRenderer<CodeBlock>
{
    protected override Element? Write(CodeBlock block, ElementRenderer renderer)
    {
        if (block is FencedCodeBlock fenced && ChartBlockReader.IsChart(fenced))
            return ChartRenderer.Render(fenced, renderer);
        var text = string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        var style = renderer.Styles.Code;
        var paragraph = renderer.Paragraph([new TextSpan(text, style)], style, TextAlign.Left, block, "code block");
        var box = new BoxStyle
        {
            Background = renderer.Theme.Colors.CodeBackground.ToLayout(),
            Padding = Thickness.All(6),
            KeepTogether = false,
        };
        return new Box(paragraph, box) { Source = paragraph.Source };
    }
}
