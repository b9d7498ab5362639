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
    private readonly MemoryStream _bytes = new();
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

    public byte[] Write(IEnumerable<PageCommand> commands)
    {
        Emit($"1 0 0 -1 0 {N(pageHeight)} cm\n");
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
                    Emit($"{Box(fill.Rect)} re f\n");
                    break;
                case StrokeCommand stroke:
                    Shape();
                    Stroke(stroke.Color, stroke.Width);
                    Emit($"{Box(stroke.Rect)} re S\n");
                    break;
                case LineCommand line:
                    Shape();
                    Stroke(line.Color, line.Width);
                    Emit($"{N(line.X1)} {N(line.Y1)} m {N(line.X2)} {N(line.Y2)} l S\n");
                    break;
            }
        }
        if (_inText) Emit("ET\n");
        return _bytes.ToArray();
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
            Emit($"/{font.Resource} {N(shaped.Size)} Tf\n");
            _font = (font, shaped.Size);
        }
        // The text matrix turns glyphs upright again on the flipped page; later runs move from the last.
        var (x, y) = (command.X, command.Baseline);
        if (_line is not { } from) Emit($"1 0 0 -1 {N(x)} {N(y)} Tm\n");
        else
        {
            EmitNumber(x - from.X);
            _bytes.WriteByte((byte)' ');
            EmitNumber(from.Y - y);
            Emit(" Td\n");
        }
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
            if (rise != 0 || raised) Emit($"{N(rise * shaped.Scale)} Ts\n");
            raised = rise != 0;
            Emit("[");
            // Where the first glyph sits from the pen: its own offset, or for a later run what the widths left over.
            var lead = start == 0 ? -_offsetsX[0] * toThousandths : 0;
            if (Math.Abs(lead) >= 0.0005) EmitNumber(lead);
            var codesFrom = -1;
            for (var i = start; i < end; i++)
            {
                if (codesFrom < 0) { _bytes.WriteByte((byte)'('); codesFrom = i; }
                PutCode(font.Number(_glyphs[i]));
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

    /// <summary>A glyph code inside a literal string: two bytes, escaped where PDF syntax needs it.</summary>
    private void PutCode(ushort code)
    {
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
        if (!_inText) return;
        Emit("ET\n");
        _inText = false;
    }

    private void Fill(Color color)
    {
        if (_fill == color) return;
        Emit($"{Rgb(color)} rg\n");
        _fill = color;
    }

    private void Stroke(Color color, float width)
    {
        if (_stroke != color)
        {
            Emit($"{Rgb(color)} RG\n");
            _stroke = color;
        }
        if (_lineWidth != width)
        {
            Emit($"{N(width)} w\n");
            _lineWidth = width;
        }
    }

    private static string Rgb(Color color) => $"{N(color.R / 255.0)} {N(color.G / 255.0)} {N(color.B / 255.0)}";

    private static string Box(Rect rect) => $"{N(rect.X)} {N(rect.Y)} {N(rect.Width)} {N(rect.Height)}";

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

    private static string N(double value) => PdfFormat.Number(value);
}
