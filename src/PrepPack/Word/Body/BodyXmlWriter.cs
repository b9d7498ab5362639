using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;
using PrepPack.Theming;
using PrepPack.Word.Rendering.Inlines;

namespace PrepPack.Word.Body;

/// <summary>
/// Writes the main document part a block at a time, as the renderer makes each one: the body is
/// never held whole, and no SDK element is made for the hundreds of thousands of paragraphs, runs
/// and properties of a large bank. The XML is what the SDK writes for the same elements: the same
/// writer settings, elements and attributes in the schema's order (the tests validate the result).
/// Properties recur (a thousand one-pagers have a handful of paragraph and run formats), so each
/// distinct one is written once, by the same writer, and then copied as it is.
/// A section's page set-up, a few elements a document, is the SDK's own and written by it.
/// </summary>
internal sealed class BodyXmlWriter : IDisposable
{
    private const string W = "w";
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RunStart = "<w:r>";
    private const string TextStart = "<w:t xml:space=\"preserve\">";

    // An empty text is written <w:t></w:t>, as the SDK writes it, not <w:t />.
    private const string TextAndRunEnd = "</w:t></w:r>";

    // As OpenXmlPartRootElement.Save sets them: UTF-8 without a byte order mark.
    private static readonly XmlWriterSettings Settings = new()
    {
        CloseOutput = true,
        Encoding = new UTF8Encoding(false),
    };

    private readonly XmlWriter _xml;
    private readonly Theme _theme;
    private readonly WordStyleSheet _sheet;
    private readonly Dictionary<(RunFormat Format, int Size), string> _runProperties = [];
    private readonly Dictionary<ParagraphFormat, string> _paragraphProperties = [];
    private readonly Dictionary<(int Width, bool Percent, string? Fill), string> _cellProperties = [];

    /// <param name="part">The main document part's stream, closed with the writer.</param>
    /// <param name="sheet">The styles, for the sizes and spacing a page shrunk to fit sets directly.</param>
    public BodyXmlWriter(Stream part, Theme theme, WordStyleSheet sheet)
    {
        _theme = theme;
        _sheet = sheet;
        _xml = XmlWriter.Create(part, Settings);
        _xml.WriteStartElement(W, "document", Main);
        _xml.WriteStartElement(W, "body", Main);
    }

    /// <param name="scale">Below 1 on a page shrunk to fit: each size and space the styles give is set
    /// directly at this share of it, as Word's own "Shrink One Page" does; the styles stay as they are.</param>
    public void Write(BodyBlock block, float scale = 1)
    {
        switch (block)
        {
            case BodyParagraph paragraph:
                Paragraph(paragraph, scale);
                break;
            case BodyTable table:
                Table(table, scale);
                break;
        }
    }

    /// <summary>Closes the body with the last section's page set-up, and the document with it.</summary>
    public void End(SectionProperties last)
    {
        last.WriteTo(_xml);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
    }

    public void Dispose() => _xml.Dispose();

    private void Paragraph(BodyParagraph p, float scale)
    {
        Start(_xml, "p");
        var size = scale >= 1 ? 0 : WordScale.HalfPoints(_sheet.Metrics(p.Style ?? StyleIds.Normal).Size, scale);
        if (p.Section is { } section)
        {
            Start(_xml, "pPr");
            ParagraphProperties(_xml, ParagraphFormat.Of(p));
            section.WriteTo(_xml);
            _xml.WriteEndElement();
        }
        else if (Format(p, scale) is { IsEmpty: false } format)
        {
            if (!_paragraphProperties.TryGetValue(format, out var xml))
                _paragraphProperties[format] = xml = Fragment(x =>
                {
                    Start(x, "pPr");
                    ParagraphProperties(x, format);
                    x.WriteEndElement();
                });
            _xml.WriteRaw(xml);
        }
        if (p.Bookmark is { } bookmark)
        {
            Start(_xml, "bookmarkStart");
            Attribute(_xml, "name", WordBookmarkName.For(bookmark.Name));
            Attribute(_xml, "id", bookmark.Id);
            _xml.WriteEndElement();
        }
        Inlines(p.Inlines, size, scale);
        if (p.Bookmark is { } end)
            Empty(_xml, "bookmarkEnd", "id", end.Id);
        _xml.WriteEndElement();
    }

    /// <summary>The paragraph's direct properties; on a shrunk page also its style's spacing and size,
    /// scaled.</summary>
    private ParagraphFormat Format(BodyParagraph p, float scale)
    {
        var format = ParagraphFormat.Of(p);
        if (scale >= 1)
            return format;
        var metrics = _sheet.Metrics(p.Style ?? StyleIds.Normal);
        var line =
            metrics.Line.Rule == LineSpacingRuleValues.Auto ? (int?)null : WordScale.Twips(metrics.Line.Value, scale);
        return format with
        {
            SpaceBefore = WordScale.Twips(metrics.SpaceBefore, scale),
            SpaceAfter = WordScale.Twips(p.SpaceAfter / 20f ?? metrics.SpaceAfter, scale),
            Line = line,
            LineRule =
                line is null ? null
                : metrics.Line.Rule == LineSpacingRuleValues.Exact ? "exact"
                : "atLeast",
            Size = WordScale.HalfPoints(metrics.Size, scale),
        };
    }

    /// <summary>A paragraph's properties but its section's, in the schema's order.</summary>
    private static void ParagraphProperties(XmlWriter x, ParagraphFormat f)
    {
        if (f.Style is { } style)
            Empty(x, "pStyle", "val", style);
        if (f.KeepNext)
            Flag(x, "keepNext");
        if (f.PageBreakBefore)
            Flag(x, "pageBreakBefore");
        if (f.Item is { } item)
        {
            Start(x, "numPr");
            Empty(x, "ilvl", "val", Number(item.Level));
            Empty(x, "numId", "val", Number(item.List));
            x.WriteEndElement();
        }
        if (f.SpaceBefore is not null || f.SpaceAfter is not null || f.Line is not null)
        {
            Start(x, "spacing");
            if (f.SpaceBefore is { } before)
                Attribute(x, "before", Number(before));
            if (f.SpaceAfter is { } after)
                Attribute(x, "after", Number(after));
            if (f.Line is { } line)
            {
                Attribute(x, "line", Number(line));
                Attribute(x, "lineRule", f.LineRule!);
            }
            x.WriteEndElement();
        }
        if (f.Indent is { } indent)
            Empty(x, "ind", "left", Number(indent));
        if (f.Align is { } align)
            Empty(x, "jc", "val", align);
        // The paragraph mark's size: an empty paragraph is as tall as its mark.
        if (f.Size is { } size)
        {
            Start(x, "rPr");
            Sizes(x, size);
            x.WriteEndElement();
        }
    }

    /// <param name="size">The paragraph's size in half-points on a shrunk page; 0 keeps the styles' sizes.</param>
    private void Inlines(List<BodyInline> inlines, int size, float scale)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case BodyRun run:
                    _xml.WriteRaw(RunStart);
                    if (!run.Format.IsPlain || size > 0)
                        _xml.WriteRaw(RunProperties(run.Format, RunSize(run.Format, size, scale)));
                    _xml.WriteRaw(TextStart);
                    _xml.WriteString(run.Text);
                    _xml.WriteRaw(TextAndRunEnd);
                    break;
                case BodyBreak brk:
                    _xml.WriteRaw(brk.IsPage ? "<w:r><w:br w:type=\"page\" /></w:r>" : "<w:r><w:br /></w:r>");
                    break;
                case BodyLink link:
                    Start(_xml, "hyperlink");
                    if (link.RelationshipId is { } id)
                        _xml.WriteAttributeString("r", "id", Relationships, id);
                    if (link.Anchor is { } anchor)
                        Attribute(_xml, "anchor", WordBookmarkName.For(anchor));
                    Inlines(link.Runs, size, scale);
                    _xml.WriteEndElement();
                    break;
            }
        }
    }

    /// <summary>A run's size on a shrunk page: its character style's own size, scaled, else the paragraph's.</summary>
    private int RunSize(RunFormat format, int paragraphSize, float scale) =>
        paragraphSize > 0 && format.Style is { } id && _sheet[id]?.Size is { } own
            ? WordScale.HalfPoints(own, scale)
            : paragraphSize;

    private string RunProperties(RunFormat format, int size)
    {
        if (_runProperties.TryGetValue((format, size), out var xml))
            return xml;
        return _runProperties[(format, size)] = Fragment(x => RunProperties(x, format, size));
    }

    /// <summary>
    /// The run's properties in the order the schema asks for. Its look comes from one character style:
    /// the one its class names, else Code Char, Marked, Strong Emphasis, Strong or Emphasis, so restyling
    /// one in Word restyles every run of it. Only what one style cannot say as well is set directly.
    /// </summary>
    private static void RunProperties(XmlWriter x, RunFormat f, int size)
    {
        var (style, bold, italic) = CharacterStyle(f);
        Start(x, "rPr");
        if (style is not null)
            Empty(x, "rStyle", "val", style);
        if (bold)
            Flag(x, "b");
        if (italic)
            Flag(x, "i");
        if (f.Strike)
            Flag(x, "strike");
        if (f.Color is { } color)
            Empty(x, "color", "val", color);
        if (size > 0)
            Sizes(x, size);
        if (f.Underline)
            Empty(x, "u", "val", "single");
        if (f.Position is { } position)
            Empty(x, "vertAlign", "val", position == VerticalPositionValues.Superscript ? "superscript" : "subscript");
        if (f.RightToLeft)
            Flag(x, "rtl");
        x.WriteEndElement();
    }

    /// <summary>
    /// The run's character style, and the bold or italic it still needs on top: emphasis inside code or a
    /// labelled span.
    /// </summary>
    private static (string? Style, bool Bold, bool Italic) CharacterStyle(RunFormat f)
    {
        if (f.Style is { } named)
            return (named, false, f.Italic);
        if (f.Code)
            return (StyleIds.CodeChar, f.Bold, f.Italic);
        if (f.Mark)
            return (StyleIds.Marked, f.Bold, f.Italic);
        return (f.Bold, f.Italic) switch
        {
            (true, true) => (StyleIds.StrongEmphasis, false, false),
            (true, false) => (StyleIds.Strong, false, false),
            (false, true) => (StyleIds.Emphasis, false, false),
            _ => (null, false, false),
        };
    }

    private void Table(BodyTable table, float scale)
    {
        Start(_xml, "tbl");
        Start(_xml, "tblPr");
        if (table.Style is { } style)
            Empty(_xml, "tblStyle", "val", style);
        Width(_xml, "tblW", 5000, percent: true);
        if (table.Look is { } look)
            Empty(_xml, "tblLook", "val", look);
        _xml.WriteEndElement();
        Start(_xml, "tblGrid");
        foreach (var column in table.Grid)
            Empty(_xml, "gridCol", "w", Number(column));
        _xml.WriteEndElement();
        foreach (var row in table.Rows)
        {
            Start(_xml, "tr");
            _xml.WriteRaw(
                row.IsHeader ? "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>" : "<w:trPr><w:cantSplit /></w:trPr>"
            );
            foreach (var cell in row.Cells)
            {
                Start(_xml, "tc");
                var key = (cell.Width, cell.Percent, cell.Fill);
                if (!_cellProperties.TryGetValue(key, out var xml))
                    _cellProperties[key] = xml = Fragment(x =>
                    {
                        Start(x, "tcPr");
                        Width(x, "tcW", cell.Width, cell.Percent);
                        if (cell.Fill is { } fill)
                            Shading(x, fill);
                        x.WriteEndElement();
                    });
                _xml.WriteRaw(xml);
                foreach (var block in cell.Blocks)
                    Write(block, scale);
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        _xml.WriteEndElement();
    }

    /// <summary>
    /// Markup written once by a writer like the document's, inside an element that declares the
    /// w prefix as the document does, and taken without it: the same bytes, to copy as they are.
    /// </summary>
    private static string Fragment(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var x = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            x.WriteStartElement(W, "body", Main);
            write(x);
            x.WriteEndElement();
        }
        // <w:body xmlns:w="…">fragment</w:body>: the namespace holds no '>'.
        var start = text.ToString().IndexOf('>') + 1;
        return text.ToString(start, text.Length - start - "</w:body>".Length);
    }

    /// <summary>A run's size, for Latin and complex scripts alike, in half-points.</summary>
    private static void Sizes(XmlWriter x, int halfPoints)
    {
        Empty(x, "sz", "val", Number(halfPoints));
        Empty(x, "szCs", "val", Number(halfPoints));
    }

    private static void Shading(XmlWriter x, string fill)
    {
        Start(x, "shd");
        Attribute(x, "val", "clear");
        Attribute(x, "color", "auto");
        Attribute(x, "fill", fill);
        x.WriteEndElement();
    }

    private static void Width(XmlWriter x, string name, int width, bool percent)
    {
        Start(x, name);
        Attribute(x, "w", Number(width));
        Attribute(x, "type", percent ? "pct" : "dxa");
        x.WriteEndElement();
    }

    private static void Start(XmlWriter x, string name) => x.WriteStartElement(W, name, Main);

    private static void Attribute(XmlWriter x, string name, string value) =>
        x.WriteAttributeString(W, name, Main, value);

    private static void Flag(XmlWriter x, string name)
    {
        Start(x, name);
        x.WriteEndElement();
    }

    private static void Empty(XmlWriter x, string name, string attribute, string value)
    {
        Start(x, name);
        Attribute(x, attribute, value);
        x.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A paragraph's direct properties but its section: the key its written properties are kept
    /// under.</summary>
    private readonly record struct ParagraphFormat(
        string? Style,
        (int List, int Level)? Item,
        int? SpaceAfter,
        int? Indent,
        string? Align,
        bool KeepNext = false,
        int? SpaceBefore = null,
        int? Line = null,
        string? LineRule = null,
        int? Size = null,
        bool PageBreakBefore = false
    )
    {
        public static ParagraphFormat Of(BodyParagraph p) =>
            new(p.Style, p.Item, p.SpaceAfter, p.Indent, p.Align, p.KeepWithNext, PageBreakBefore: p.PageBreakBefore);

        public bool IsEmpty => this == default;
    }
}
