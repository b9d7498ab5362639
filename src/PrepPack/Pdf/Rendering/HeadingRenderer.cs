using Markdig.Renderers.Html;
using Markdig.Syntax;
using PrepPack.Layout.Core;
using PrepPack.Layout.Elements;
using PrepPack.Layout.Text;
using PrepPack.Markdown;

namespace PrepPack.Pdf.Rendering;

/// <summary>A heading: space above, a named destination for links and the contents, kept with what follows.</summary>
internal sealed class HeadingRenderer : BlockRenderer<HeadingBlock>
{
    protected override Element? Write(HeadingBlock block, ElementRenderer renderer)
    {
        var style = renderer.Styles.Heading(block.Level);
        var spans = renderer.Spans(block.Inline, style);
        var align = ClassNames.Of(block) switch
        {
            var c when c.Contains(ClassNames.Center) => TextAlign.Center,
            var c when c.Contains(ClassNames.Right) => TextAlign.Right,
            var c when c.Contains(ClassNames.Left) => TextAlign.Left,
            _ => TextAlign.Start,
        };
        Element text = renderer.Paragraph(spans, style, align, block, "heading");
        text.Tag = StructureTag.Heading(HeadingTagLevels.Of(block));
        var above = block.Level <= 2 ? renderer.Theme.Spacing.HeadingAbove : renderer.Theme.Spacing.HeadingAbove / 2;
        Element heading = new Box(text, new BoxStyle { Padding = new Thickness(0, above, 0, 0), KeepTogether = true })
        {
            Source = text.Source,
        };
        if (block.TryGetAttributes()?.Id is { Length: > 0 } id)
            heading = new Destination(id, heading) { Source = text.Source };
        return heading;
    }
}
