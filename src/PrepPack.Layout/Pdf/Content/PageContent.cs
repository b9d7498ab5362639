using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Fonts;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf.Content;

/// <summary>
/// The drawing instructions of one page, written from its recorded commands. The layout's y grows
/// downwards from the top-left corner; the PDF's grows upwards from the bottom-left, and places are
/// turned over as they are written, so text needs no matrix of its own to stand upright. Text
/// stays in one text object while nothing else is drawn, each run placed from the one before
/// (not at all when it goes on where the last left the pen); colours, fonts and line widths are
/// set only when they change, the font kept from one text object to the next. What most of a
/// page's bytes are is kept short: glyph codes as bytes that spell the text where the font
/// allows, places to a tenth of a point (finer than a 600 dpi printer's dot), kerning to a thousandth of the type size.
/// </summary>
/// <remarks>
/// For a screen reader each run of content is marked as its structure element's (BDC with an MCID
/// the <paramref name="marks"/> hand out) or as an artifact: text belongs to the innermost tag open
/// around it, shapes are decoration unless inside a figure. A marked run lies wholly inside or
/// wholly outside a text object, so the two always nest.
/// </remarks>
internal sealed class PageContent(float pageHeight, Func<FontFace, EmbeddedFont> fonts, PageMarks? marks = null)
{
    // Decimal places of a place on the page.
    private const int PlaceDigits = 1;

    // How far a run may start from where the last left the pen and still go on from it: one written step, as
    // close as a move would put it from a line start that is itself rounded.
    private const double Step = 0.1;

    // One buffer a thread, written again for each page: pages are written one after another.
    [ThreadStatic]
    private static MemoryStream? _scratch;
    private readonly MemoryStream _bytes = Scratch();
    private bool _inText;

    // Where the current text line starts and where the last run left the pen, rounded as written.
    private (double X, double Y)? _line;
    private (double X, double Y)? _pen;
    private (EmbeddedFont Font, float Size)? _font;
    private Color? _fill;
    private Color? _stroke;
    private float? _lineWidth;

    // The path being built and how it is to be painted, where its pen is (null after a rectangle or a
    // closed outline) and where its open outline started, all rounded as written.
    private PathPaint _paint;
    private (double X, double Y)? _end;
    private (double X, double Y) _start;
    private int _sides;

    // The dash pattern and the line cap set: solid, butt ends.
    private string? _dash;
    private int _cap;
    private int _parts;
    private ushort[] _glyphs = [];
    private int[] _advances = [];
    private int[] _offsetsX = [];
    private int[] _offsetsY = [];

    // The tags open at this point of the page, outermost first: a tag, or an artifact's kind.
    private readonly List<object> _open = [];

    // What the marked run being written belongs to: a tag or an artifact's kind.
    private object? _marked;

    // Text drawn outside any tag reads as a paragraph of its own.
    private StructureTag? _loose;

    private static MemoryStream Scratch()
    {
        var bytes = _scratch ??= new MemoryStream(1 << 15);
        bytes.SetLength(0);
        return bytes;
    }

    /// <summary>The page's content, valid until the next page is written on this thread.</summary>
    public ReadOnlySpan<byte> Write(IEnumerable<PageCommand> commands)
    {
        foreach (var command in commands)
        {
            switch (command)
            {
                case TextCommand text:
                    Text(text);
                    break;
                case BeginTagCommand begin:
                    _open.Add(begin.Tag);
                    _loose = null;
                    if (begin.Tag.KeepEmpty && Owner(text: true) == begin.Tag)
                        marks?.Place(Path(begin.Tag));
                    break;
                case BeginArtifactCommand begin:
                    _open.Add(begin.Kind);
                    break;
                case EndTagCommand when _open.Count > 0:
                    _open.RemoveAt(_open.Count - 1);
                    _loose = null;
                    break;
                case LinkCommand or UrlCommand:
                    marks?.Link(Path(Owner(text: true)));
                    break;
                case FillCommand fill:
                    Shape();
                    Mark(text: false);
                    Paint(PathPaint.Fill, fill.Color, 0);
                    Part();
                    Places(" re", fill.Rect.X, Up(fill.Rect.Bottom), fill.Rect.Width, fill.Rect.Height);
                    _end = null;
                    break;
                case StrokeCommand stroke:
                    Shape();
                    Mark(text: false);
                    // A rectangle's outline has no ends: it takes the line cap there is.
                    Paint(PathPaint.Stroke, stroke.Color, stroke.Width, null, _cap);
                    Part();
                    Places(" re", stroke.Rect.X, Up(stroke.Rect.Bottom), stroke.Rect.Width, stroke.Rect.Height);
                    _end = null;
                    break;
                case LineCommand line:
                    Shape();
                    Mark(text: false);
                    Line(line);
                    break;
                case DotsCommand dots:
                    // Dashes of no length with round ends: a dot of the line's width at each.
                    Shape();
                    Mark(text: false);
                    Paint(PathPaint.Stroke, dots.Color, dots.Size, $"[0 {PdfFormat.Number(dots.Pitch)}] 0", 1);
                    Part();
                    Places(" m ", dots.X1, Up(dots.Y));
                    Places(" l", dots.X2, Up(dots.Y));
                    _end = null;
                    break;
            }
        }
        Finish();
        Unmark();
        if (_inText)
            Emit("ET\n");
        return _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);
    }

    private void Text(TextCommand command)
    {
        var shaped = command.Text;
        if (shaped.Shape.GlyphCount == 0)
            return;
        var font = fonts(shaped.Face);
        if (!_inText)
        {
            Unmark();
            // The font set stays set from one text object to the next: only the position starts anew.
            Emit("BT\n");
            _inText = true;
            _line = null;
            _pen = null;
        }
        Mark(text: true);
        Fill(command.Color);
        if (_font != (font, shaped.Size))
        {
            Emit($"/{font.Resource} ");
            Numbers(" Tf\n", shaped.Size);
            _font = (font, shaped.Size);
        }
        // The first run of a text object is placed from the page's corner, later runs move from the
        // line's start, and a run that starts where the last left the pen (a change of font) needs
        // no move. Places are kept within the step they are written in.
        var (x, y) = (command.X, command.Baseline);
        if (_pen is not { } pen || Math.Abs(pen.Y - y) >= Step || Math.Abs(pen.X - x) >= Step)
            pen = MoveTo(x, y);
        _pen = (pen.X + Glyphs(shaped, font) * shaped.Size / 1000, pen.Y);
    }

    /// <summary>Starts a line of text at (<paramref name="x"/>, <paramref name="y"/>), and returns where it
    /// starts as written.</summary>
    private (double X, double Y) MoveTo(double x, double y)
    {
        if (_line is not { } from)
        {
            var (left, up) = (Place(x), Place(Up(y)));
            _line = (left, Up(up));
            Numbers(" Td\n", left, up);
        }
        else
        {
            var (dx, dy) = (Place(x - from.X), Place(y - from.Y));
            _line = (from.X + dx, from.Y + dy);
            Numbers(" Td\n", dx, -dy);
        }
        return _line.Value;
    }

    /// <summary>
    /// The glyphs in runs that share a height: each in a TJ array whose numbers (thousandths of
    /// the type size) move the pen from where the font's widths leave it to where shaping put the
    /// next glyph, rounded to whole thousandths with the remainder carried to the next. A glyph
    /// raised or lowered by shaping (a mark) gets a text rise of its own. Returns how far the pen
    /// moved, in thousandths of the type size.
    /// </summary>
    private double Glyphs(ShapedText shaped, EmbeddedFont font)
    {
        // A line's words are read into arrays kept for the next run, not put together anew for each.
        var count = shaped.Shape.GlyphCount;
        if (_glyphs.Length < count)
            (_glyphs, _advances, _offsetsX, _offsetsY) = (
                new ushort[count * 2],
                new int[count * 2],
                new int[count * 2],
                new int[count * 2]
            );
        shaped.Shape.CopyTo(_glyphs, _advances, _offsetsX, _offsetsY);
        var toThousandths = 1000.0 / font.UnitsPerEm;
        var start = 0;
        var raised = false;
        var (moved, carry) = (0.0, 0.0);
        while (start < count)
        {
            var rise = _offsetsY[start];
            var end = start;
            while (end < count && _offsetsY[end] == rise)
                end++;
            if (rise != 0 || raised)
                Numbers(" Ts\n", rise * shaped.Scale);
            raised = rise != 0;
            Emit("[");
            // Where the first glyph sits from the pen: its own offset, or for a later run what the widths left over.
            var lead = start == 0 ? Math.Round(-_offsetsX[0] * toThousandths) : 0;
            if (lead != 0)
            {
                EmitNumber(lead);
                moved -= lead;
            }
            var codesFrom = -1;
            for (var i = start; i < end; i++)
            {
                if (codesFrom < 0)
                {
                    _bytes.WriteByte((byte)'(');
                    codesFrom = i;
                }
                PutCode(font.Number(_glyphs[i]), font.OneByte);
                moved += font.Width(_glyphs[i]);
                if (i == count - 1)
                    break;
                var shifted = (_advances[i] + _offsetsX[i + 1] - _offsetsX[i]) * toThousandths;
                var exact = font.Width(_glyphs[i]) - shifted + carry;
                var adjust = Math.Round(exact);
                carry = exact - adjust;
                if (adjust == 0)
                    continue;
                _bytes.WriteByte((byte)')');
                codesFrom = -1;
                EmitNumber(adjust);
                moved -= adjust;
            }
            if (codesFrom >= 0)
                _bytes.WriteByte((byte)')');
            Emit("]TJ\n");
            start = end;
        }
        if (raised)
            Emit("0 Ts\n");
        return moved;
    }

    /// <summary>A glyph code inside a literal string: one or two bytes, escaped where PDF syntax needs it.</summary>
    private void PutCode(ushort code, bool oneByte)
    {
        if (!oneByte)
            PutCodeByte((byte)(code >> 8));
        PutCodeByte((byte)code);
    }

    private void PutCodeByte(byte b)
    {
        switch (b)
        {
            case (byte)'(' or (byte)')' or (byte)'\\':
                _bytes.WriteByte((byte)'\\');
                _bytes.WriteByte(b);
                break;
            // Readers turn a bare end of line inside a string into "\n": write them escaped.
            case (byte)'\r':
                _bytes.Write("\\r"u8);
                break;
            case (byte)'\n':
                _bytes.Write("\\n"u8);
                break;
            default:
                _bytes.WriteByte(b);
                break;
        }
    }

    /// <summary>Leaves the text object, for drawing a shape.</summary>
    private void Shape()
    {
        if (!_inText)
            return;
        Unmark();
        Emit("ET\n");
        _inText = false;
    }

    /// <summary>
    /// What drawn content belongs to: inside an artifact, the artifact; inside a figure, the
    /// figure; otherwise text to the innermost tag (or a paragraph of its own) and a shape to
    /// the page's decoration.
    /// </summary>
    private object Owner(bool text)
    {
        foreach (var open in _open)
            if (open is ArtifactKind || open is StructureTag { IsFigure: true })
                return open;
        if (!text)
            return ArtifactKind.Layout;
        for (var i = _open.Count - 1; i >= 0; i--)
            if (_open[i] is StructureTag tag)
                return tag;
        return _loose ??= new StructureTag(StructureRoles.Paragraph);
    }

    /// <summary>The tags from the outermost down to <paramref name="owner"/>: where it sits in the structure.</summary>
    private List<StructureTag> Path(object owner)
    {
        var path = new List<StructureTag>();
        foreach (var open in _open)
        {
            if (open is not StructureTag tag)
                continue;
            path.Add(tag);
            if (tag == owner)
                return path;
        }
        if (owner is StructureTag loose)
            path.Add(loose);
        return path;
    }

    /// <summary>Starts a marked run for what is drawn next, unless the one open already belongs to the same.</summary>
    private void Mark(bool text)
    {
        if (marks is null)
            return;
        var owner = Owner(text);
        if (Equals(owner, _marked))
            return;
        Unmark();
        switch (owner)
        {
            case ArtifactKind.Layout:
                Emit("/Artifact BMC\n");
                break;
            case ArtifactKind kind:
                Emit($"/Artifact<</Type/Pagination/Subtype/{kind}>>BDC\n");
                break;
            case StructureTag tag:
                Emit($"/{tag.Role}<</MCID ");
                EmitNumber(marks.Mark(Path(tag)));
                Emit(">>BDC\n");
                break;
        }
        _marked = owner;
    }

    private void Unmark()
    {
        Finish();
        if (_marked is null)
            return;
        Emit("EMC\n");
        _marked = null;
    }

    /// <summary>
    /// Readies a path painted as <paramref name="paint"/> in <paramref name="color"/>: shapes drawn one after
    /// another in the same paint go into one path, painted once when something else comes.
    /// </summary>
    /// <param name="dash">A stroke's dash pattern and phase as written ("[6 4] 0"), null for solid.</param>
    /// <param name="cap">A stroke's line cap: 0 butt, 1 round.</param>
    private void Paint(PathPaint paint, Color color, float width = 0, string? dash = null, int cap = 0)
    {
        if (
            _paint == paint
            && (
                paint == PathPaint.Fill
                    ? _fill == color
                    : _stroke == color && _lineWidth == width && _dash == dash && _cap == cap
            )
        )
            return;
        Finish();
        if (paint == PathPaint.Fill)
            Fill(color);
        else
        {
            Stroke(color, width);
            if (_dash != dash)
                Emit($"{dash ?? "[] 0"} d\n");
            if (_cap != cap)
                Emit($"{cap} J\n");
            (_dash, _cap) = (dash, cap);
        }
        _paint = paint;
    }

    /// <summary>A straight line: one that starts where the last ended goes on from it, one that ends where
    /// its outline started closes it.</summary>
    private void Line(LineCommand line)
    {
        var from = (Place(line.X1), Place(Up(line.Y1)));
        var to = (Place(line.X2), Place(Up(line.Y2)));
        // A dashed line going on from the last keeps the dashes running; one starting anew starts them at its
        // phase.
        var pattern = line.Dash is { } lengths
            ? $"[{string.Join(' ', lengths.Select(l => PdfFormat.Number(l)))}]"
            : null;
        var goesOn =
            _paint == PathPaint.Stroke
            && _end == from
            && _stroke == line.Color
            && _lineWidth == line.Width
            && _cap == 0
            && (pattern is null ? _dash is null : _dash?.StartsWith(pattern + ' ', StringComparison.Ordinal) == true);
        if (!goesOn)
            Paint(
                PathPaint.Stroke,
                line.Color,
                line.Width,
                pattern is null ? null : $"{pattern} {PdfFormat.Number(line.Phase)}"
            );
        Part();
        if (_end != from)
        {
            Numbers(" m ", from.Item1, from.Item2);
            (_start, _sides) = (from, 0);
        }
        _sides++;
        if (to == _start && _sides > 2)
        {
            Emit("h");
            _end = null;
            return;
        }
        Numbers(" l", to.Item1, to.Item2);
        _end = to;
    }

    /// <summary>Starts a part of the path on a line of its own, the first on the line of the colour.</summary>
    private void Part()
    {
        if (_parts++ > 0)
            _bytes.WriteByte((byte)'\n');
    }

    /// <summary>Paints the path being built, if any.</summary>
    private void Finish()
    {
        if (_paint == PathPaint.None)
            return;
        Emit(_paint == PathPaint.Fill ? " f\n" : " S\n");
        (_paint, _end, _parts) = (PathPaint.None, null, 0);
    }

    private void Fill(Color color)
    {
        if (_fill == color)
            return;
        Numbers(" rg\n", color.R / 255.0, color.G / 255.0, color.B / 255.0);
        _fill = color;
    }

    private void Stroke(Color color, float width)
    {
        if (_stroke != color)
        {
            Numbers(" RG\n", color.R / 255.0, color.G / 255.0, color.B / 255.0);
            _stroke = color;
        }
        if (_lineWidth != width)
        {
            Numbers(" w\n", width);
            _lineWidth = width;
        }
    }

    private void Emit(string text)
    {
        // Everything written here is ASCII, one byte a char.
        Span<byte> bytes = text.Length <= 256 ? stackalloc byte[text.Length] : new byte[text.Length];
        Encoding.ASCII.GetBytes(text, bytes);
        _bytes.Write(bytes);
    }

    private void EmitNumber(double value)
    {
        Span<byte> text = stackalloc byte[PdfFormat.MaxNumberLength];
        _bytes.Write(text[..PdfFormat.Number(value, text)]);
    }

    /// <summary>Places on the page, to a tenth of a point (1/720 in), then the operator that takes
    /// them.</summary>
    private void Places(string op, params ReadOnlySpan<double> values)
    {
        Span<double> rounded = stackalloc double[values.Length];
        for (var i = 0; i < values.Length; i++)
            rounded[i] = Place(values[i]);
        Numbers(op, rounded);
    }

    private static double Place(double value) => Math.Round(value, PlaceDigits);

    /// <summary>A height on the page measured up from its foot, for one measured down from its top.</summary>
    private double Up(double y) => pageHeight - y;

    /// <summary>Numbers separated by spaces, then the operator that takes them.</summary>
    private void Numbers(string op, params ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
                _bytes.WriteByte((byte)' ');
            EmitNumber(values[i]);
        }
        Emit(op);
    }
}
