namespace PrepPack.Layout.Pdf.Update;

/// <summary>
/// Just enough of the PDF object syntax to step over one value in the file's text (read as
/// Latin-1, one char per byte): dictionaries, arrays, strings, names, numbers and references.
/// </summary>
internal static class PdfSyntax
{
    public static bool IsWhite(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    public static bool IsDelimiter(char c) => c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';

    /// <summary>Moves past white space and comments.</summary>
    public static int SkipWhite(string text, int at)
    {
        while (at < text.Length)
        {
            if (IsWhite(text[at])) at++;
            else if (text[at] == '%')
                while (at < text.Length && text[at] is not ('\n' or '\r')) at++;
            else break;
        }
        return at;
    }

    /// <summary>Where the value starting at <paramref name="at"/> ends; "12 0 R" is one value.</summary>
    public static int SkipValue(string text, int at)
    {
        at = SkipWhite(text, at);
        if (at >= text.Length) throw Malformed("a value", at);
        switch (text[at])
        {
            case '<' when at + 1 < text.Length && text[at + 1] == '<':
                at += 2;
                while (true)
                {
                    at = SkipWhite(text, at);
                    if (at + 1 < text.Length && text[at] == '>' && text[at + 1] == '>') return at + 2;
                    at = SkipValue(text, SkipValue(text, at));
                }
            case '<':
                var close = text.IndexOf('>', at);
                return close < 0 ? throw Malformed("'>'", at) : close + 1;
            case '[':
                at++;
                while (true)
                {
                    at = SkipWhite(text, at);
                    if (at < text.Length && text[at] == ']') return at + 1;
                    at = SkipValue(text, at);
                }
            case '(':
                return SkipLiteral(text, at);
            case '/':
                return SkipRegular(text, at + 1);
            default:
                var end = SkipRegular(text, at);
                if (end == at) throw Malformed("a value", at);
                return IsInteger(text, at, end) ? SkipReference(text, end) : end;
        }
    }

    /// <summary>Past "0 R" when it follows an object number, so a reference reads as one value.</summary>
    private static int SkipReference(string text, int afterNumber)
    {
        var generation = SkipWhite(text, afterNumber);
        var generationEnd = SkipRegular(text, generation);
        if (!IsInteger(text, generation, generationEnd)) return afterNumber;
        var r = SkipWhite(text, generationEnd);
        return SkipRegular(text, r) == r + 1 && text[r] == 'R' ? r + 1 : afterNumber;
    }

    private static int SkipLiteral(string text, int at)
    {
        var depth = 0;
        for (; at < text.Length; at++)
        {
            switch (text[at])
            {
                case '\\': at++; break;
                case '(': depth++; break;
                case ')' when --depth == 0: return at + 1;
            }
        }
        throw Malformed("')'", at);
    }

    private static int SkipRegular(string text, int at)
    {
        while (at < text.Length && !IsWhite(text[at]) && !IsDelimiter(text[at])) at++;
        return at;
    }

    private static bool IsInteger(string text, int start, int end) =>
        end > start && text.AsSpan(start, end - start).IndexOfAnyExceptInRange('0', '9') < 0;

    public static InvalidDataException Malformed(string expected, int at) =>
        new($"The PDF could not be read for its outline: expected {expected} at byte {at}.");
}
