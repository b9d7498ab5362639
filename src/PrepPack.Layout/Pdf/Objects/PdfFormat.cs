using System.Globalization;
using System.Text;

namespace PrepPack.Layout.Pdf.Objects;

/// <summary>How numbers and names are spelt in PDF text: short, invariant, exact enough.</summary>
internal static class PdfFormat
{
    /// <summary>A number to at most three decimals, without a trailing zero or a leading "0." zero: "12.5", ".125",
    /// "-3".</summary>
    public static string Number(double value)
    {
        Span<byte> text = stackalloc byte[MaxNumberLength];
        return Encoding.ASCII.GetString(text[..Number(value, text)]);
    }

    /// <summary>The longest <see cref="Number(double, Span{byte})"/> writes.</summary>
    public const int MaxNumberLength = 24;

    /// <summary>Writes <see cref="Number(double)"/> as ASCII into <paramref name="text"/> and returns its length; page
    /// content writes millions.</summary>
    public static int Number(double value, Span<byte> text)
    {
        // Whole thousandths, rounded as Math.Round rounds (half to even): exactly the digits "0.###" would print.
        var thousandths = (long)Math.Round(Math.Round(value, 3) * 1000);
        var length = 0;
        if (thousandths < 0)
        {
            text[length++] = (byte)'-';
            thousandths = -thousandths;
        }
        var (whole, fraction) = Math.DivRem(thousandths, 1000);
        if (whole > 0 || fraction == 0)
        {
            whole.TryFormat(text[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }
        if (fraction == 0)
            return length;
        text[length++] = (byte)'.';
        for (var divisor = 100; fraction > 0; divisor /= 10)
        {
            text[length++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
        }
        return length;
    }

    /// <summary>A name object: "/" and the name's UTF-8 bytes, with anything but plain printable characters as
    /// #xx.</summary>
    public static string Name(string name)
    {
        var text = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (
                b is > 0x20 and < 0x7F
                && b
                    is not (
                        (byte)'#'
                        or (byte)'/'
                        or (byte)'('
                        or (byte)')'
                        or (byte)'<'
                        or (byte)'>'
                        or (byte)'['
                        or (byte)']'
                        or (byte)'{'
                        or (byte)'}'
                        or (byte)'%'
                    )
            )
                text.Append((char)b);
            else
                text.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>An ASCII string (a web address) as a literal string, with parentheses and backslashes
    /// escaped.</summary>
    public static string Ascii(string text)
    {
        var literal = new StringBuilder("(");
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\')
                literal.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~')
                literal.Append(c);
            else
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                    literal.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }
        return literal.Append(')').ToString();
    }

    /// <summary>A date as PDF writes it: D:YYYYMMDDHHmmSS and the offset from UTC.</summary>
    public static string Date(DateTime date) =>
        "(D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
