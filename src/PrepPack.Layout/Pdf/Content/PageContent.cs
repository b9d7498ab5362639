using System.Text;
using PrepPack.Layout.Core;
using PrepPack.Layout.Paging;
using PrepPack.Layout.Pdf.Fonts;
using PrepPack.Layout.Pdf.Objects;
using PrepPack.Layout.Text;

namespace PrepPack.Layout.Pdf.Content;

/// <summary>
/// The drawing instructions of one page, written from its recorded commands. The page is
/// flipped once so that, as in the layout, y grows downwards from the top-left corner. Text
/// stays in one text object while nothing else is drawn, each run placed from the one before;
/// colours, fonts and line widths are set only when they change. What most of a page's bytes
/// are is kept short: glyph codes as bytes, numbers to three decimals at most.
/// </summary>
internal sealed class PageContent(float pageHeight, Func<FontFace, EmbeddedFont> fonts)
{
    // One buffer a thread, written again for each page: pages are written one after another.
    [ThreadStatic] private static MemoryStream? _scratch;
    private readonly MemoryStream _bytes = Scratch();
    private bool _inText;
    private (float X, float Y)? _line;
    private (EmbeddedFont Font, float Size)? _font;
    private Color? _fill;
    private Color? _stroke;
    private float? _lineWidth;
    private ushort[] _glyphs = [];
    private int[] _advances = [];
    private int[] _offsetsX = [];
    private int[] _offsetsY = [];

    private static MemoryStream Scratch()
    {
        var bytes = _scratch ??= new MemoryStream(1 << 15);
        bytes.SetLength(0);
        return bytes;
    }

    /// <summary>The page's content, valid until the next page is written on this thread.</summary>
    public ReadOnlySpan<byte> Write(IEnumerable<PageCommand> commands)
    {
        Emit("1 0 0 -1 0 ");
        Numbers(" cm\n", pageHeight);
        foreach (var command in commands)
        {
            switch (command)
            {
                case TextCommand text:
                    Text(text);
                    break;
                case FillCommand fill:
                    Shape();
                    Fill(fill.Color);
                    Numbers(" re f\n", fill.Rect.X, fill.Rect.Y, fill.Rect.Width, fill.Rect.Height);
                    break;
                case StrokeCommand stroke:
                    Shape();
                    Stroke(stroke.Color, stroke.Width);
                    Numbers(" re S\n", stroke.Rect.X, stroke.Rect.Y, stroke.Rect.Width, stroke.Rect.Height);
                    break;
                case LineCommand line:
                    Shape();
                    Stroke(line.Color, line.Width);
                    Numbers(" m ", line.X1, line.Y1);
                    Numbers(" l S\n", line.X2, line.Y2);
                    break;
                case DotsCommand dots:
                    // Dashes of no length with round ends: a dot of the line's width at each.
                    Shape();
                    Stroke(dots.Color, dots.Size);
                    Emit("[");
                    Numbers("] 0 d 1 J ", 0, dots.Pitch);
                    Numbers(" m ", dots.X1, dots.Y);
                    Numbers(" l S [] 0 d 0 J\n", dots.X2, dots.Y);
                    break;
            }
        }
        if (_inText) Emit("ET\n");
        return _bytes.GetBuffer().AsSpan(0, (int)_bytes.Length);
    }

    private void Text(TextCommand command)
    {
        var shaped = command.Text;
        if (shaped.Shape.GlyphCount == 0) return;
        var font = fonts(shaped.Face);
        if (!_inText)
        {
            Emit("BT\n");
            _inText = true;
            _line = null;
            _font = null;
        }
        Fill(command.Color);
        if (_font != (font, shaped.Size))
        {
            Emit($"/{font.Resource} ");
            Numbers(" Tf\n", shaped.Size);
            _font = (font, shaped.Size);
        }
        // The text matrix turns glyphs upright again on the flipped page; later runs move from the last.
        var (x, y) = (command.X, command.Baseline);
        if (_line is not { } from)
        {
            Emit("1 0 0 -1 ");
            Numbers(" Tm\n", x, y);
        }
        else Numbers(" Td\n", x - from.X, from.Y - y);
        _line = (x, y);
        Glyphs(shaped, font);
    }

    /// <summary>
    /// The glyphs in runs that share a height: each in a TJ array whose numbers (thousandths of
    /// the type size) move the pen from where the font's widths leave it to where shaping put the
    /// next glyph. A glyph raised or lowered by shaping (a mark) gets a text rise of its own.
    /// </summary>
    private void Glyphs(ShapedText shaped, EmbeddedFont font)
    {
        // A line's words are read into arrays kept for the next run, not put together anew for each.
        var count = shaped.Shape.GlyphCount;
        if (_glyphs.Length < count) (_glyphs, _advances, _offsetsX, _offsetsY) = (new ushort[count * 2], new int[count * 2], new int[count * 2], new int[count * 2]);
        shaped.Shape.CopyTo(_glyphs, _advances, _offsetsX, _offsetsY);
        var toThousandths = 1000.0 / font.UnitsPerEm;
        var start = 0;
        var raised = false;
        while (start < count)
        {
            var rise = _offsetsY[start];
            var end = start;
            while (end < count && _offsetsY[end] == rise) end++;
            if (rise != 0 || raised) Numbers(" Ts\n", rise * shaped.Scale);
            raised = rise != 0;
            Emit("[");
            // Where the first glyph sits from the pen: its own offset, or for a later run what the widths left over.
            var lead = start == 0 ? -_offsetsX[0] * toThousandths : 0;
            if (Math.Abs(lead) >= 0.0005) EmitNumber(lead);
            var codesFrom = -1;
            for (var i = start; i < end; i++)
            {
                if (codesFrom < 0) { _bytes.WriteByte((byte)'('); codesFrom = i; }
                PutCode(font.Number(_glyphs[i]), font.OneByte);
                if (i == count - 1) break;
                var moved = (_advances[i] + _offsetsX[i + 1] - _offsetsX[i]) * toThousandths;
                var adjust = font.Width(_glyphs[i]) - moved;
                if (Math.Abs(adjust) < 0.0005) continue;
                _bytes.WriteByte((byte)')');
                codesFrom = -1;
                EmitNumber(adjust);
            }
            if (codesFrom >= 0) _bytes.WriteByte((byte)')');
            Emit("]TJ\n");
            start = end;
        }
        if (raised) Emit("0 Ts\n");
    }

    /// <summary>A glyph code inside a literal string: one or two bytes, escaped where PDF syntax needs it.</summary>
    private void PutCode(ushort code, bool oneByte)
    {
        if (!oneByte) PutCodeByte((byte)(code >> 8));
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
        if (!_inText) return;
        Emit("ET\n");
        _inText = false;
    }

    private void Fill(Color color)
    {
        if (_fill == color) return;
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

    /// <summary>Numbers separated by spaces, then the operator that takes them.</summary>
    private void Numbers(string op, params ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) _bytes.WriteByte((byte)' ');
            EmitNumber(values[i]);
        }
        Emit(op);
    }
}
