using System.Globalization;
using System.Text;

namespace PrepPack.Layout.Pdf.Objects;

/// <summary>How numbers and names are spelt in PDF text: short, invariant, exact enough.</summary>
internal static class PdfFormat
{
    /// <summary>A number to at most three decimals, without a trailing zero or a leading "0." zero: "12.5", ".125", "-3".</summary>
    public static string Number(double value)
    {
        var text = Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
        if (text == "-0") return "0";
        if (text.StartsWith("0.", StringComparison.Ordinal)) return text[1..];
        return text.StartsWith("-0.", StringComparison.Ordinal) ? "-" + text[2..] : text;
    }

    /// <summary>A name object: "/" and the name's UTF-8 bytes, with anything but plain printable characters as #xx.</summary>
    public static string Name(string name)
    {
        var text = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is > 0x20 and < 0x7F && b is not ((byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%'))
                text.Append((char)b);
            else text.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>An ASCII string (a web address) as a literal string, with parentheses and backslashes escaped.</summary>
    public static string Ascii(string text)
    {
        var literal = new StringBuilder("(");
        foreach (var c in text)
        {
            if (c is '(' or ')' or '\\') literal.Append('\\').Append(c);
            else if (c is >= ' ' and <= '~') literal.Append(c);
            else foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) literal.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
        }
        return literal.Append(')').ToString();
    }

    /// <summary>A date as PDF writes it: D:YYYYMMDDHHmmSS and the offset from UTC.</summary>
    public static string Date(DateTime date) =>
        "(D:" + date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00')";
}
