using System.Text;

namespace PrepPack.Layout.Pdf.Objects;

/// <summary>
/// A PDF text string (a bookmark title, a language tag): printable ASCII as a literal string with
/// parentheses and backslashes escaped, anything else as UTF-16BE with a byte order mark, in hex
/// so the bytes stay ASCII.
/// </summary>
internal static class PdfTextString
{
    public static string Encode(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            var literal = new StringBuilder("(");
            foreach (var c in text)
            {
                if (c is '(' or ')' or '\\')
                    literal.Append('\\');
                literal.Append(c);
            }
            return literal.Append(')').ToString();
        }
        var hex = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
            hex.Append(b.ToString("X2"));
        return hex.Append('>').ToString();
    }
}
