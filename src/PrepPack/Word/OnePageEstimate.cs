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
    private readonly PageParts _parts = new();

    // The paragraphs of the page being estimated, measured: forgotten when the page closes.
    private readonly Dictionary<BodyParagraph, (int Length, long Units, int Spaces)> _measured = new(
        ReferenceEqualityComparer.Instance
    );
    private char[] _text = new char[256];
    private string? _anchor,
        _title;
    private float _height,
        _scale = 1;

    /// <summary>
    /// Counts one block of the body, in order, set at <paramref name="scale"/> of its type size (below 1 on
    /// a page shrunk to fit); a paragraph holding a page break ends the page.
    /// </summary>
    public void Add(BodyBlock block, float scale = 1)
    {
        // The paragraph that holds the break takes its line at the foot of the page it ends.
        if (block is BodyParagraph { BreaksPage: true } pageBreak)
        {
            _height += Height(pageBreak, textWidth, scale);
            Close();
            return;
        }
        // A paragraph with "page break before" closes the page before it.
        if (block is BodyParagraph { PageBreakBefore: true })
            Close();
        _scale = scale;
        _anchor ??= FirstBookmark(block);
        var isHeading =
            block is BodyParagraph { Style: { } style }
            && (style.StartsWith("Heading", StringComparison.Ordinal) || style == StyleIds.Title);
        if (_title is null && isHeading)
            _title = ((BodyParagraph)block).Text;
        var height = Height(block, textWidth, scale);
        _height += height;
        if (!isHeading)
            _parts.Add(block, height);
    }

    /// <summary>Whether these blocks, a page's, fit one page at <paramref name="scale"/> of their type size.</summary>
    public bool Fits(IReadOnlyList<BodyBlock> page, float scale) => LinesOver(page, scale) <= 0;

    /// <summary>About how many body lines, at <paramref name="scale"/>, these blocks run past one page; 0 or less when
    /// they fit.</summary>
    public int LinesOver(IReadOnlyList<BodyBlock> page, float scale)
    {
        var height = 0f;
        foreach (var block in page)
            height += Height(block, textWidth, scale);
        return (int)Math.Ceiling((height - textHeight) / LineHeight(StyleMeasure(StyleIds.Normal), scale));
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
        var line = LineHeight(StyleMeasure(StyleIds.Normal), _scale);
        _pages.Add(
            new PageEstimate(
                _anchor,
                _title ?? "",
                over / textHeight,
                (int)Math.Ceiling(over / line),
                _scale,
                _parts.Longest(line)
            )
        );
        (_anchor, _title, _height, _scale) = (null, null, 0, 1);
        _measured.Clear();
    }

    private float Height(BodyBlock block, float width, float scale) =>
        block switch
        {
            BodyParagraph paragraph => ParagraphHeight(paragraph, width, scale),
            BodyTable table => TableHeight(table, scale),
            _ => 0,
        };

    private float TableHeight(BodyTable table, float scale)
    {
        var margins = sheet.CellMargins(table.Style);
        // Summed in double, as Enumerable.Sum sums floats, so the estimate stays what it was.
        var height = 0d;
        foreach (var row in table.Rows)
        {
            var tallest = 0f;
            foreach (var cell in row.Cells)
            {
                var width =
                    (cell.Percent ? textWidth * cell.Width / 5000 : cell.Width / 20f) - margins.Left - margins.Right;
                var cellHeight = 0d;
                foreach (var child in cell.Blocks)
                    cellHeight += Height(child, width, scale);
                tallest = Math.Max(tallest, (float)cellHeight);
            }
            height += tallest + margins.Top + margins.Bottom;
        }
        return (float)height;
    }

    private float ParagraphHeight(BodyParagraph paragraph, float width, float scale)
    {
        var style = StyleMeasure(paragraph.Style ?? StyleIds.Normal);
        var metrics = style.Metrics;
        var indent =
            paragraph.Indent / 20f ?? (paragraph.Item is { } item ? WordNumbering.Indent(item.Level) : metrics.Indent);
        // Spacing as the writer sets it on a shrunk page: in whole twentieths of a point.
        var before = scale >= 1 ? metrics.SpaceBefore : WordScale.Twips(metrics.SpaceBefore, scale) / 20f;
        var after = paragraph.SpaceAfter / 20f ?? metrics.SpaceAfter;
        if (scale < 1)
            after = WordScale.Twips(after, scale) / 20f;
        // A page is tried at several scales: its text's width in font units, and its spaces, are counted once.
        if (!_measured.TryGetValue(paragraph, out var text))
        {
            var written = TextOf(paragraph);
            _measured[paragraph] = text = (written.Length, style.Widths.Of(written), written.Count(' '));
        }
        var lines = 1;
        if (text.Length > 0)
        {
            var measured = text.Units * (WordScale.Size(metrics.Size, scale) / style.Face.UnitsPerEm);
            var available = Math.Max(NarrowestLine, width - indent);
            // In a narrow cell a line's unused end, about half a word, is a larger share of it than the 4% of a wide
            // line.
            var halfWord = measured / (text.Spaces + 1) / 2;
            var usable = Math.Max(NarrowestLine / 2, Math.Min(available / WrapSlack, available - halfWord));
            lines = Math.Max(1, (int)Math.Ceiling(measured / usable));
        }
        return before + after + lines * LineHeight(style, scale);
    }

    /// <summary>
    /// Word's single line is the font's ascent plus descent at the size set; the style's spacing is a
    /// multiple of it or a height, which a shrunk page scales too.
    /// </summary>
    private static float LineHeight(Measure style, float scale)
    {
        if (scale >= 1)
            return style.LineHeight;
        var metrics = style.Metrics;
        var single =
            WordScale.Size(metrics.Size, scale) * (style.Face.Ascender + style.Face.Descender) / style.Face.UnitsPerEm;
        return metrics.Line.Rule == DocumentFormat.OpenXml.Wordprocessing.LineSpacingRuleValues.Auto
            ? metrics.Line.Height(single)
            : new WordLine(WordScale.Twips(metrics.Line.Value, scale) / 20f, metrics.Line.Rule).Height(single);
    }

    /// <summary>The paragraph's text, as Word counts it, in a buffer kept from paragraph to paragraph.</summary>
    private ReadOnlySpan<char> TextOf(BodyParagraph paragraph)
    {
        if (paragraph.Inlines is [BodyRun only])
            return only.Text;
        var length = 0;
        Append(paragraph.Inlines, ref length);
        return _text.AsSpan(0, length);
    }

    private void Append(List<BodyInline> inlines, ref int length)
    {
        foreach (var inline in inlines)
        {
            if (inline is BodyLink link)
                Append(link.Runs, ref length);
            if (inline is not BodyRun run)
                continue;
            if (length + run.Text.Length > _text.Length)
                Array.Resize(ref _text, Math.Max(2 * _text.Length, length + run.Text.Length));
            run.Text.CopyTo(_text.AsSpan(length));
            length += run.Text.Length;
        }
    }

    /// <summary>A style's metrics, the face its text is measured in and its line height, worked out once per
    /// document.</summary>
    private Measure StyleMeasure(string styleId)
    {
        if (_styles.TryGetValue(styleId, out var measure))
            return measure;
        var metrics = sheet.Metrics(styleId);
        var face = faces.FacesOf(
            new TextStyle
            {
                Families = metrics.Families,
                Size = metrics.Size,
                Bold = metrics.Bold,
                Italic = metrics.Italic,
            }
        )[0];
        // Word's single line is the font's ascent plus descent; the style's spacing is a multiple of it or a height.
        var line = metrics.Line.Height(metrics.Size * (face.Ascender + face.Descender) / face.UnitsPerEm);
        return _styles[styleId] = new Measure(metrics, face, WordWidths.Of(face), line);
    }

    /// <summary>The first bookmark in the block: a heading's, or one in a box.</summary>
    private static string? FirstBookmark(BodyBlock block)
    {
        if (block is BodyParagraph paragraph)
            return paragraph.Bookmark?.Name;
        foreach (var row in ((BodyTable)block).Rows)
        foreach (var cell in row.Cells)
        foreach (var child in cell.Blocks)
            if (FirstBookmark(child) is { } name)
                return name;
        return null;
    }

    private sealed record Measure(WordStyleMetrics Metrics, FontFace Face, WordWidths Widths, float LineHeight);
}
