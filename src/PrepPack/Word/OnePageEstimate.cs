using PrepPack.Layout.Text;
using PrepPack.Word.Body;

namespace PrepPack.Word;

/// <summary>
/// Estimates how tall each page of a Word document will be, without Word: each paragraph's text
/// is measured with the font, size and spacing its style has in the style sheet and broken into
/// lines of the text width. Close enough to warn when a one-pager will spill onto a second page.
/// Blocks are added as the writer makes them, so the document never has to be held whole.
/// </summary>
internal sealed class OnePageEstimate(WordStyleSheet sheet, FaceChooser faces, float textWidth, float textHeight)
{
    // Lines break at spaces, so each ends a little short of the width: about 4% of a line, on average,
    // for the sentences of a STAR answer. Measured text is widened by this much before it is divided into lines.
    private const float WrapSlack = 1.04f;

    // Text narrower than this is not laid out narrower still: a deep indent in a thin cell.
    private const float NarrowestLine = 20;

    private readonly Dictionary<string, Measure> _styles = new(StringComparer.Ordinal);
    private readonly List<PageEstimate> _pages = [];
    private char[] _text = new char[256];
    private string? _anchor, _title;
    private float _height;

    /// <summary>Counts one block of the body, in order; a paragraph holding a page break ends the page.</summary>
    public void Add(BodyBlock block)
    {
        if (block is BodyParagraph { BreaksPage: true })
        {
            Close();
            return;
        }
        _anchor ??= FirstBookmark(block);
        if (_title is null && block is BodyParagraph heading && (heading.Style ?? StyleIds.Normal).StartsWith("Heading", StringComparison.Ordinal))
            _title = heading.Text;
        _height += Height(block, textWidth);
    }

    /// <summary>Every page, the last one closed with what was added after the last break.</summary>
    public IReadOnlyList<PageEstimate> Finish()
    {
        Close();
        return _pages;
    }

    private void Close()
    {
        var over = Math.Max(0, _height - textHeight);
        var line = StyleMeasure(StyleIds.Normal).LineHeight;
        _pages.Add(new PageEstimate(_anchor, _title ?? "", over / textHeight, (int)Math.Ceiling(over / line)));
        (_anchor, _title, _height) = (null, null, 0);
    }

    private float Height(BodyBlock block, float width) => block switch
    {
        BodyParagraph paragraph => ParagraphHeight(paragraph, width),
        BodyTable table => TableHeight(table),
        _ => 0,
    };

    private float TableHeight(BodyTable table)
    {
        var margins = sheet.CellMargins(table.Style);
        // Summed in double, as Enumerable.Sum sums floats, so the estimate stays what it was.
        var height = 0d;
        foreach (var row in table.Rows)
        {
            var tallest = 0f;
            foreach (var cell in row.Cells)
            {
                var width = (cell.Percent ? textWidth * cell.Width / 5000 : cell.Width / 20f) - margins.Left - margins.Right;
                var cellHeight = 0d;
                foreach (var child in cell.Blocks) cellHeight += Height(child, width);
                tallest = Math.Max(tallest, (float)cellHeight);
            }
            height += tallest + margins.Top + margins.Bottom;
        }
        return (float)height;
    }

    private float ParagraphHeight(BodyParagraph paragraph, float width)
    {
        var style = StyleMeasure(paragraph.Style ?? StyleIds.Normal);
        var metrics = style.Metrics;
        var indent = paragraph.Indent / 20f ?? (paragraph.Item is { } item ? WordNumbering.Indent(item.Level) : metrics.Indent);
        var before = metrics.SpaceBefore;
        var after = paragraph.SpaceAfter / 20f ?? metrics.SpaceAfter;
        var text = TextOf(paragraph);
        var lines = 1;
        if (text.Length > 0)
        {
            var measured = style.Widths.Of(text) * (metrics.Size / style.Face.UnitsPerEm);
            lines = Math.Max(1, (int)Math.Ceiling(measured * WrapSlack / Math.Max(NarrowestLine, width - indent)));
        }
        return before + after + lines * style.LineHeight;
    }

    /// <summary>The paragraph's text, as Word counts it, in a buffer kept from paragraph to paragraph.</summary>
    private ReadOnlySpan<char> TextOf(BodyParagraph paragraph)
    {
        if (paragraph.Inlines is [BodyRun only]) return only.Text;
        var length = 0;
        Append(paragraph.Inlines, ref length);
        return _text.AsSpan(0, length);
    }

    private void Append(List<BodyInline> inlines, ref int length)
    {
        foreach (var inline in inlines)
        {
            if (inline is BodyLink link) Append(link.Runs, ref length);
            if (inline is not BodyRun run) continue;
            if (length + run.Text.Length > _text.Length) Array.Resize(ref _text, Math.Max(2 * _text.Length, length + run.Text.Length));
            run.Text.CopyTo(_text.AsSpan(length));
            length += run.Text.Length;
        }
    }

    /// <summary>A style's metrics, the face its text is measured in and its line height, worked out once per document.</summary>
    private Measure StyleMeasure(string styleId)
    {
        if (_styles.TryGetValue(styleId, out var measure)) return measure;
        var metrics = sheet.Metrics(styleId);
        var face = faces.FacesOf(new TextStyle { Families = metrics.Families, Size = metrics.Size, Bold = metrics.Bold, Italic = metrics.Italic })[0];
        // Word's single line is the font's ascent plus descent; the style's spacing is a multiple of it or a height.
        var line = metrics.Line.Height(metrics.Size * (face.Ascender + face.Descender) / face.UnitsPerEm);
        return _styles[styleId] = new Measure(metrics, face, WordWidths.Of(face), line);
    }

    /// <summary>The first bookmark in the block: a heading's, or one in a box.</summary>
    private static string? FirstBookmark(BodyBlock block)
    {
        if (block is BodyParagraph paragraph) return paragraph.Bookmark?.Name;
        foreach (var row in ((BodyTable)block).Rows)
        foreach (var cell in row.Cells)
        foreach (var child in cell.Blocks)
            if (FirstBookmark(child) is { } name) return name;
        return null;
    }

    private sealed record Measure(WordStyleMetrics Metrics, FontFace Face, WordWidths Widths, float LineHeight);
}
